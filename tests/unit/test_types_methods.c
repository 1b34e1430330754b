/*
 * test_types_methods.c: method sets (value vs pointer receivers),
 * promotion through embedding, selections (paths, implicit & and *),
 * ambiguity, interface satisfaction and gc's "missing method" texts.
 */
#include "test_types_helpers.h"

static const char *src =
    "package main\n"
    "type I interface { M(); N() int }\n"
    "type J interface { I; K() }\n"
    "type V struct{}\n"
    "func (V) M() {}\n"
    "func (*V) N() int { return 0 }\n"
    "type Outer struct { *V; x int }\n"
    "type ByVal struct { V }\n"
    "type A struct{ X int }\n"
    "type B struct{ X int }\n"
    "type C struct { A; B }\n"
    "func main() {\n"
    "\tvar v V\n"
    "\tv.N()\n"
    "\tp := &v\n"
    "\tp.M()\n"
    "\tvar o Outer\n"
    "\to.N()\n"
    "\t_ = o.x\n"
    "}\n";

static Type *T(Package *p, const char *n) { return lookup(p, n)->type; }

static bool has_method(MethodSet *ms, const char *name) {
    for (int i = 0; i < ms->len; i++)
        if (!strcmp(ms->v[i]->obj->name, name)) return true;
    return false;
}

Test(types_methods, method_sets) {
    Package *p = check_src(src);
    cr_assert(p);
    cr_assert_str_eq(flush_errors(), "");
    MethodSet *mv = types_method_set(T(p, "V"));
    cr_expect_eq(mv->len, 1);
    cr_expect(has_method(mv, "M"));
    MethodSet *mp = types_method_set(types_new_pointer(T(p, "V")));
    cr_expect_eq(mp->len, 2);
    /* Outer embeds *V: both methods are in Outer's method set */
    MethodSet *mo = types_method_set(T(p, "Outer"));
    cr_expect_eq(mo->len, 2);
    /* ByVal embeds V: only M for ByVal, M and N for *ByVal */
    cr_expect_eq(types_method_set(T(p, "ByVal"))->len, 1);
    cr_expect_eq(types_method_set(types_new_pointer(T(p, "ByVal")))->len, 2);
    int n;
    Object **ms = types_iface_methods(T(p, "J"), &n);
    cr_expect_eq(n, 3);
    cr_expect_str_eq(ms[0]->name, "K");
    cr_expect_str_eq(ms[1]->name, "M");
    cr_expect_str_eq(ms[2]->name, "N");
}

Test(types_methods, implements) {
    Package *p = check_src(src);
    cr_assert(p);
    flush_errors();
    Type *i = T(p, "I");
    cr_expect_not(types_implements(T(p, "V"), i));
    cr_expect(types_implements(types_new_pointer(T(p, "V")), i));
    cr_expect(types_implements(T(p, "Outer"), i));
    Object *alt = NULL;
    Object *m = types_missing_method(T(p, "V"), i, true, &alt);
    cr_assert(m);
    cr_expect_str_eq(m->name, "N");
    cr_assert(alt); /* found on *V */
    cr_expect(alt->ptr_recv);
}

Test(types_methods, lookup_paths_and_ambiguity) {
    Package *p = check_src(src);
    cr_assert(p);
    flush_errors();
    Selection s;
    int why;
    Object *o = types_lookup(T(p, "Outer"), false, p, "N", &s, &why);
    cr_assert(o);
    cr_expect_eq(s.kind, SEL_METHOD);
    cr_expect_eq(s.nindex, 2);
    cr_expect_eq(s.index[0], 0);
    cr_expect(s.indirect);
    o = types_lookup(T(p, "V"), false, p, "N", &s, &why);
    cr_expect_null(o);
    cr_expect_eq(why, 2); /* pointer method on a non-addressable value */
    cr_expect_not_null(types_lookup(T(p, "V"), true, p, "N", &s, &why));
    cr_expect_null(types_lookup(T(p, "C"), false, p, "X", &s, &why));
    cr_expect_eq(why, 1); /* ambiguous */
    cr_expect_not_null(types_lookup(T(p, "C"), false, p, "A", &s, &why));
}

Test(types_methods, selections_recorded) {
    Package *p = check_src(src);
    cr_assert(p);
    flush_errors();
    /* v.N(): &v is passed (v's address taken); p.M(): *p is passed */
    Object *mainf = lookup(p, "main");
    Node *body = mainf->decl->body;
    Node *call1 = body->list.v[1]->x; /* v.N() */
    cr_assert_eq(call1->kind, N_CALL);
    cr_expect_eq(call1->sel, CALL_FUNC);
    Selection *s1 = call1->x->tinfo;
    cr_assert(s1);
    cr_expect(s1->addr);
    Object *v = body->list.v[0]->x->list.v[0]->list.v[0]->obj;
    cr_assert(v);
    cr_expect(v->vflags & VF_ADDRTAKEN);
    Selection *s2 = body->list.v[3]->x->x->tinfo; /* p.M() */
    cr_assert(s2);
    cr_expect(s2->deref);
}

Test(types_methods, missing_method_messages_match_gc) {
    Package *p = check_src("package main\n"
                           "type I interface {\n\tM()\n\tN(int) string\n}\n"
                           "type T struct{}\n"
                           "func (T) M() {}\n"
                           "type U struct{}\n"
                           "func (U) M()           {}\n"
                           "func (U) N(string) int { return 0 }\n"
                           "type P struct{}\n"
                           "func (*P) M()             {}\n"
                           "func (*P) N(int) string { return \"\" }\n"
                           "func main() {\n"
                           "\tvar i I = T{}\n"
                           "\tvar j I = U{}\n"
                           "\tvar k I = P{}\n"
                           "\t_, _, _ = i, j, k\n"
                           "}\n");
    cr_assert(p);
    cr_expect_str_eq(flush_errors(),
                     "x.go:15:12: cannot use T{} (value of type T) as type I in variable declaration:\n"
                     "\tT does not implement I (missing N method)\n"
                     "x.go:16:12: cannot use U{} (value of type U) as type I in variable declaration:\n"
                     "\tU does not implement I (wrong type for N method)\n"
                     "\t\thave N(string) int\n"
                     "\t\twant N(int) string\n"
                     "x.go:17:12: cannot use P{} (value of type P) as type I in variable declaration:\n"
                     "\tP does not implement I (M method has pointer receiver)\n");
}
