import admin from "./zh-CN/admin.json";
import auth from "./zh-CN/auth.json";
import calculator from "./zh-CN/calculator.json";
import check from "./zh-CN/check.json";
import common from "./zh-CN/common.json";
import dashboard from "./zh-CN/dashboard.json";
import guides from "./zh-CN/guides.json";
import history from "./zh-CN/history.json";
import home from "./zh-CN/home.json";
import scam from "./zh-CN/scam.json";
import scoring from "./zh-CN/scoring.json";
import settings from "./zh-CN/settings.json";
import share from "./zh-CN/share.json";

const messages = { admin, auth, calculator, check, common, dashboard, guides, history, home, scam, scoring, settings, share };
export default messages;
