/*
 * stdlib_context.c: what package context needs from type descriptors
 * (Go's context asks reflectlite whether a key's type is comparable).
 *   //extern go_context_comparable
 *   func comparable(key any) bool
 */
#include "runtime/gosub.h"

bool go_context_comparable(GoEface key) {
    return key.type && (key.type->tflag & GO_TF_COMPARABLE) != 0;
}
