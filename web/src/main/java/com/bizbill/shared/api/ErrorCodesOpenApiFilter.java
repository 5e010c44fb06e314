package com.bizbill.shared.api;

import com.bizbill.shared.error.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Issue 15 §2: /openapi lists every error code a partner's system can branch on: the problem schema's
 * {@code code} is an enum of the catalogue, and {@code x-problem-types} gives each code's type URI, HTTP
 * status and context. Registered by {@code mp.openapi.filter}; built from {@link ErrorCode}, so it never
 * falls behind the catalogue.
 */
public class ErrorCodesOpenApiFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String EXTENSION = "x-problem-types";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema problem = schemas == null ? null : schemas.get(PROBLEM_SCHEMA);
        if (problem == null) {
            problem = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problem);
        }
        Schema code = problem.getProperties() == null ? null : problem.getProperties().get("code");
        if (code == null) {
            code = OASFactory.createSchema().type(Schema.SchemaType.STRING);
            problem.addProperty("code", code);
        }
        code.setEnumeration(new ArrayList<>(codes()));
        code.setDescription("Stable error code; see x-problem-types on the Problem schema for each code's "
                + "type URI, HTTP status and context.");
        problem.addExtension(EXTENSION, problemTypes());
    }

    static List<Object> codes() {
        return Arrays.stream(ErrorCode.values()).map(c -> (Object) c.name()).toList();
    }

    /** One entry per code: code, type URI, HTTP status, context. */
    static List<Map<String, Object>> problemTypes() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (ErrorCode c : ErrorCode.values()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", c.name());
            t.put("type", c.typeUri());
            t.put("status", c.httpStatus());
            t.put("context", c.context().name());
            all.add(t);
        }
        return all;
    }
}
