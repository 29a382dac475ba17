package org.hongtou.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /** The API's own not-found problem (urn:hongtou:problem:unknown-sample), like every other. */
    private static NotFoundException notFound(String name) {
        return new NotFoundException("unknown-sample", "There is no sample named '" + name + "'",
                "没有这个样例：" + name);
    }
}
