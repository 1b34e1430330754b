/*
 * types_builtin.c: the descriptors of Go's predeclared types (gosub.h
 * section 1: go_type_int, go_type_string, go_type_error, ...) and of the
 * few unnamed types the runtime itself needs (func() string, func()).
 *
 * Invariants: these are the only descriptors of the predeclared types in a
 * program (codegen refers to them instead of emitting its own), so type
 * identity stays pointer identity; `string` fields are what %T prints;
 * hashes are fixed small constants distinct from each other (codegen's own
 * hashes are derived from type strings and need not avoid them: the hash
 * is only a fast filter, identity is the pointer).
 */
#include "runtime/rt_core.h"

static const uint8_t mask_1[1] = {1};
static const uint8_t mask_3[1] = {3};

#define TF_BASIC (GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_NOPOINTERS)

#define SCALAR(sym, name, kindv, sz, eqf, hf, h)                                \
    const GoType sym = {                                                        \
        .size = sz, .ptrdata = 0, .hash = h, .tflag = TF_BASIC, .align = sz,    \
        .field_align = sz, .kind = kindv, .equal = eqf, .hashfn = hf,           \
        .gcmask = NULL, .string = name, .pkgpath = NULL,                        \
    }

SCALAR(go_type_bool, "bool", GO_BOOL, 1, rt_memequal8, rt_memhash8, 0x1b00a001u);
SCALAR(go_type_int, "int", GO_INT, 8, rt_memequal64, rt_memhash64, 0x1b00a002u);
SCALAR(go_type_int8, "int8", GO_INT8, 1, rt_memequal8, rt_memhash8, 0x1b00a003u);
SCALAR(go_type_int16, "int16", GO_INT16, 2, rt_memequal16, rt_memhash16, 0x1b00a004u);
SCALAR(go_type_int32, "int32", GO_INT32, 4, rt_memequal32, rt_memhash32, 0x1b00a005u);
SCALAR(go_type_int64, "int64", GO_INT64, 8, rt_memequal64, rt_memhash64, 0x1b00a006u);
SCALAR(go_type_uint, "uint", GO_UINT, 8, rt_memequal64, rt_memhash64, 0x1b00a007u);
SCALAR(go_type_uint8, "uint8", GO_UINT8, 1, rt_memequal8, rt_memhash8, 0x1b00a008u);
SCALAR(go_type_uint16, "uint16", GO_UINT16, 2, rt_memequal16, rt_memhash16, 0x1b00a009u);
SCALAR(go_type_uint32, "uint32", GO_UINT32, 4, rt_memequal32, rt_memhash32, 0x1b00a00au);
SCALAR(go_type_uint64, "uint64", GO_UINT64, 8, rt_memequal64, rt_memhash64, 0x1b00a00bu);
SCALAR(go_type_uintptr, "uintptr", GO_UINTPTR, 8, rt_memequal64, rt_memhash64, 0x1b00a00cu);
SCALAR(go_type_float32, "float32", GO_FLOAT32, 4, rt_f32equal, rt_f32hash, 0x1b00a00du);
SCALAR(go_type_float64, "float64", GO_FLOAT64, 8, rt_f64equal, rt_f64hash, 0x1b00a00eu);

const GoType go_type_string = {
    .size = 16, .ptrdata = 8, .hash = 0x1b00a00fu,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED, .align = 8, .field_align = 8,
    .kind = GO_STRING, .equal = rt_strequal, .hashfn = rt_strhash,
    .gcmask = mask_1, .string = "string",
};

const GoType go_type_unsafe_pointer = {
    .size = 8, .ptrdata = 8, .hash = 0x1b00a010u,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_DIRECTIFACE, .align = 8,
    .field_align = 8, .kind = GO_UNSAFEPOINTER, .equal = rt_memequal64,
    .hashfn = rt_memhash64, .gcmask = mask_1, .string = "unsafe.Pointer",
    .pkgpath = "unsafe",
};

static const GoType *const func_string_io[1] = {&go_type_string};

const GoType go_type_func_string = {
    .size = 8, .ptrdata = 8, .hash = 0x1b00a011u, .tflag = GO_TF_DIRECTIFACE,
    .align = 8, .field_align = 8, .kind = GO_FUNC, .gcmask = mask_1,
    .string = "func() string", .nin = 0, .nout = 1, .in = func_string_io,
};

const GoType go_type_func_void = {
    .size = 8, .ptrdata = 8, .hash = 0x1b00a012u, .tflag = GO_TF_DIRECTIFACE,
    .align = 8, .field_align = 8, .kind = GO_FUNC, .gcmask = mask_1,
    .string = "func()", .nin = 0, .nout = 0,
};

static const GoIMethod error_imethods[1] = {{"Error", &go_type_func_string}};

const GoType go_type_error = {
    .size = 16, .ptrdata = 16, .hash = 0x1b00a013u,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED, .align = 8, .field_align = 8,
    .kind = GO_INTERFACE, .equal = rt_ifaceeq_p, .hashfn = rt_ifacehash,
    .gcmask = mask_3, .string = "error", .imethods = error_imethods,
    .nimethods = 1,
};

const GoType go_type_empty_iface = {
    .size = 16, .ptrdata = 16, .hash = 0x1b00a014u, .tflag = GO_TF_COMPARABLE,
    .align = 8, .field_align = 8, .kind = GO_INTERFACE, .equal = rt_efaceeq_p,
    .hashfn = rt_efacehash, .gcmask = mask_3, .string = "interface {}",
};
