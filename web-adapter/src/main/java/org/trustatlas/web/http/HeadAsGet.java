package org.trustatlas.web.http;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HEAD is answered by the GET route, so it carries exactly GET's headers (content type, ETag,
 * Cache-Control, length). The application sees a GET; Jetty knows the request was HEAD and sends
 * the headers without the body.
 */
public final class HeadAsGet extends Handler.Wrapper {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethod.HEAD.is(request.getMethod())) {
      return super.handle(request, response, callback);
    }
    return super.handle(new Request.Wrapper(request) {
      @Override
      public String getMethod() {
        return HttpMethod.GET.asString();
      }
    }, response, callback);
  }
}
