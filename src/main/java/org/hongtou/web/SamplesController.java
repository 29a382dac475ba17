package org.hongtou.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sample reports for the preview page: {@code GET /api/v1/samples} lists them,
 * {@code GET /api/v1/samples/{name}} returns one as report JSON, ready to edit and render.
 */
@RestController
public class SamplesController {

    private final SampleCatalog catalog;

    public SamplesController(SampleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/api/v1/samples", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<SampleCatalog.SampleInfo> list() {
        return catalog.list();
    }

    @GetMapping(path = "/api/v1/samples/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> get(@PathVariable String name) {
        return catalog.read(name)
                .map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body))
                .orElseThrow(() -> notFound(name));
    }

    private static ErrorResponseException notFound(String name) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        p.setTitle("没有这个样例 / No such sample");
        p.setDetail("没有名为 “" + name + "” 的样例 / There is no sample named '" + name + "'");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, p, null);
    }
}
