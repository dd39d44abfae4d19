package org.xingfeng.platform.api.rest;

import java.util.List;

/**
 * Describes, for the API description ({@code /api/v1/openapi.json}), endpoints that are plain whiteboard servlets
 * rather than REST resources (the REST runtime does not know them). Register it as a service from the servlet's
 * bundle, so the description follows the servlet when its module comes and goes.
 */
public interface ServletApi {

    /**
     * One endpoint: method and full path ({@code /api/v1/...}), a short summary, whether it is open to anybody,
     * the request body's type (or {@code null}), the success status and the answer's type (or {@code null}).
     */
    record Operation(String method, String path, String summary, boolean open, Class<?> requestType, int status,
            Class<?> responseType) {
    }

    List<Operation> operations();
}
