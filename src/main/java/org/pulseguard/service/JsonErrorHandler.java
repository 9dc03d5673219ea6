package org.pulseguard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it rejects before the API sees it (a malformed URI, a bad header): the
 * same {@link ApiError} JSON as every other error, instead of Jetty's HTML page. Stateless.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        String reason = HttpStatus.getMessage(status);
        String message = status < 500 ? "the request is malformed (" + reason + ")" : "the service could not answer (" + reason + ")";
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(ApiError.of("HTTP_" + status, message));
        } catch (JsonProcessingException e) {
            body = ("{\"error\":{\"code\":\"HTTP_" + status + "\",\"message\":\"" + reason + "\"}}").getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
