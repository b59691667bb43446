import admin from "./en/admin.json";
import auth from "./en/auth.json";
import calculator from "./en/calculator.json";
import check from "./en/check.json";
import common from "./en/common.json";
import dashboard from "./en/dashboard.json";
import guides from "./en/guides.json";
import history from "./en/history.json";
import home from "./en/home.json";
import scam from "./en/scam.json";
import scoring from "./en/scoring.json";
import settings from "./en/settings.json";
import share from "./en/share.json";

const messages = { admin, auth, calculator, check, common, dashboard, guides, history, home, scam, scoring, settings, share };
export default messages;
