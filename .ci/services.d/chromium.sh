# Installs Debian's chromium for the Playwright browser tests (never Playwright's own browser download) and
# tells the tests where it is. Sourced by .ci/run as root on a fresh Debian machine.
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; } \
    || echo "chromium.sh: could not install chromium; the browser tests will skip"
fi
if [ -x /usr/bin/chromium ]; then
  export CHANCERY_TEST_CHROMIUM=/usr/bin/chromium
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
