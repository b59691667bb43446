// End-to-end tests in a real Chromium against a production build.
// Uses the system Chromium (/usr/bin/chromium) when present, else Playwright's
// own; when neither exists, says exactly what to install.
import { buildIfStale, ensureGeneratedClient, runBin } from "./lib/runtime.mjs";
import { chromiumPath } from "./lib/chromium.mjs";

if (!chromiumPath()) {
  console.error(
    "No Chromium found for the end-to-end tests. Install one of:\n" +
      "  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk\n" +
      "  elsewhere:      npx playwright install chromium",
  );
  process.exit(1);
}
ensureGeneratedClient();
buildIfStale();
runBin("playwright", ["test", ...process.argv.slice(2)]);
