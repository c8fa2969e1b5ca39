#ifndef DIGLOT_CPOPPLER_SHIM_H
#define DIGLOT_CPOPPLER_SHIM_H

#include <poppler.h>

/// Frees what GLib allocated: Swift 6 refuses GLib's free function as a global function pointer.
static inline void diglot_g_free(gpointer memory) { g_free(memory); }

/// Drops one reference to a document (a GObject, which Swift sees as an opaque pointer).
static inline void diglot_document_unref(PopplerDocument *document) { g_object_unref(document); }

/// Drops one reference to a page.
static inline void diglot_page_unref(PopplerPage *page) { g_object_unref(page); }

/// Poppler's error domain: `POPPLER_ERROR` is a macro Swift cannot import.
static inline GQuark diglot_poppler_error_domain(void) { return POPPLER_ERROR; }

#endif
