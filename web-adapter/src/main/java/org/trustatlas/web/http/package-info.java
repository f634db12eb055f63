/**
 * HTTP plumbing shared by the API and the pages: problem+json errors, strict query parameters,
 * cached bodies with ETags, security headers, a request log that never records what a reader sent.
 */
package org.trustatlas.web.http;
