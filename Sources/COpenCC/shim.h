#ifndef DIGLOT_COPENCC_SHIM_H
#define DIGLOT_COPENCC_SHIM_H

#include <opencc.h>

/// Whether `opencc_open` failed: it returns `(opencc_t)-1`, which Swift cannot write as a pointer.
static inline int diglot_opencc_failed(opencc_t converter) { return converter == (opencc_t)-1; }

#endif
