package org.disputehub.hub.linking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /export/links}: the hub's links in the scorer's PRED.json shape. */
@RestController
class LinkExportController {

    private final LinkExporter exporter;

    LinkExportController(LinkExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/export/links")
    LinkExport links() {
        return exporter.export();
    }
}
