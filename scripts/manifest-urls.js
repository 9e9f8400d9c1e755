/* global URL */
// The manifest names the development server; the production build rewrites it to where the add-in is hosted.
// Production URL: the DIENHINH_URL environment variable (with a trailing slash), else a placeholder that can never
// resolve (.invalid), so an unconfigured build is obvious instead of silently pointing at someone else's server.
const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://dienhinh.example.invalid/';

function productionUrl(env = process.env) {
  const url = (env.DIENHINH_URL || DEFAULT_PROD_URL).trim();
  return url.endsWith('/') ? url : `${url}/`;
}

/** Every localhost URL of the manifest moved under the production URL; a bare origin (AppDomain) becomes its origin. */
function rewriteManifest(xml, prodUrl = productionUrl()) {
  const origin = new URL(prodUrl).origin;
  return xml.replace(/https?:\/\/localhost(?::\d+)?(\/)?/g, (_m, slash) => (slash ? prodUrl : origin));
}

module.exports = { DEV_URL, DEFAULT_PROD_URL, productionUrl, rewriteManifest };
