# command-line-arguments
./gen_tree.go:23:9: &Tree[go.shape.int_0]{...} escapes to heap
./gen_tree.go:39:7: &tnode[go.shape.int_0]{...} escapes to heap
./gen_tree.go:83:14: leaking param content: n
./gen_tree.go:83:9: func literal does not escape
./gen_tree.go:23:9: &Tree[go.shape.string_0]{...} escapes to heap
./gen_tree.go:39:7: &tnode[go.shape.string_0]{...} escapes to heap
./gen_tree.go:23:9: &Tree[go.shape.struct { main.dept string; main.age int }_0]{...} escapes to heap
./gen_tree.go:39:7: &tnode[go.shape.struct { main.dept string; main.age int }_0]{...} escapes to heap
./gen_tree.go:23:9: &Tree[go.shape.float64_0]{...} escapes to heap
./gen_tree.go:39:7: &tnode[go.shape.float64_0]{...} escapes to heap
./gen_tree.go:172:22: a does not escape
./gen_tree.go:172:25: b does not escape
./gen_tree.go:178:23: a does not escape
./gen_tree.go:178:26: b does not escape
./gen_tree.go:154:25: []int{...} does not escape
./gen_tree.go:157:13: ... argument does not escape
./gen_tree.go:157:25: (*Tree[go.shape.int_0]).Insert(&.dict.(*Tree[int]).Insert, t, 40) escapes to heap
./gen_tree.go:158:25: []int{...} does not escape
./gen_tree.go:159:14: ... argument does not escape
./gen_tree.go:159:15: "delete" escapes to heap
./gen_tree.go:159:15: v escapes to heap
./gen_tree.go:159:36: (*Tree[go.shape.int_0]).Delete(&.dict.(*Tree[int]).Delete, t, v) escapes to heap
./gen_tree.go:161:25: []int{...} does not escape
./gen_tree.go:163:14: ... argument does not escape
./gen_tree.go:163:15: "floor" escapes to heap
./gen_tree.go:163:15: v escapes to heap
./gen_tree.go:163:15: f escapes to heap
./gen_tree.go:163:15: ok escapes to heap
./gen_tree.go:166:9: func literal does not escape
./gen_tree.go:170:13: ... argument does not escape
./gen_tree.go:170:14: "first three" escapes to heap
./gen_tree.go:170:14: firstThree escapes to heap
./gen_tree.go:172:17: func literal escapes to heap
./gen_tree.go:176:13: ... argument does not escape
./gen_tree.go:178:18: func literal escapes to heap
./gen_tree.go:189:13: ... argument does not escape
./gen_tree.go:191:12: ... argument does not escape
./gen_tree.go:191:13: e escapes to heap
./gen_tree.go:191:13: ok escapes to heap
./gen_tree.go:194:13: ... argument does not escape
./gen_tree.go:194:29: (*Tree[go.shape.float64_0]).Delete(&.dict.(*Tree[float64]).Delete, deg, 1) escapes to heap
./gen_tree.go:196:13: ... argument does not escape
./gen_tree.go:196:13: ok escapes to heap
./gen_tree.go:201:13: ... argument does not escape
./gen_tree.go:201:24: (*Tree[go.shape.float64_0]).Height(&.dict.(*Tree[float64]).Height, deg) escapes to heap
./gen_tree.go:201:31: deg.size escapes to heap
./gen_tree.go:126:9: func literal does not escape
./gen_tree.go:127:35: ... argument does not escape
./gen_tree.go:127:35: unsafe.Pointer(v) escapes to heap
./gen_tree.go:130:20: ... argument does not escape
./gen_tree.go:130:43: t.size escapes to heap
./gen_tree.go:130:58: (*Tree[go.shape.int_0]).Height((*(*[5]uintptr)(unsafe.Pointer(.dict)))[.dict], t) escapes to heap
./gen_tree.go:130:74: strings.Join(parts, " ") escapes to heap
./gen_tree.go:83:14: leaking param content: n
./gen_tree.go:83:9: func literal does not escape
./gen_tree.go:126:14: leaking param: v
./gen_tree.go:126:9: func literal does not escape
./gen_tree.go:127:35: ... argument does not escape
./gen_tree.go:127:35: unsafe.Pointer(v) escapes to heap
./gen_tree.go:130:20: ... argument does not escape
./gen_tree.go:130:43: t.size escapes to heap
./gen_tree.go:130:58: (*Tree[go.shape.string_0]).Height((*(*[5]uintptr)(unsafe.Pointer(.dict)))[.dict], t) escapes to heap
./gen_tree.go:130:74: strings.Join(parts, " ") escapes to heap
./gen_tree.go:83:14: leaking param content: n
./gen_tree.go:83:9: func literal does not escape
./gen_tree.go:126:14: leaking param: v
./gen_tree.go:126:9: func literal does not escape
./gen_tree.go:127:35: ... argument does not escape
./gen_tree.go:127:35: unsafe.Pointer(v) escapes to heap
./gen_tree.go:130:20: ... argument does not escape
./gen_tree.go:130:43: t.size escapes to heap
./gen_tree.go:130:58: (*Tree[go.shape.struct { main.dept string; main.age int }_0]).Height((*(*[5]uintptr)(unsafe.Pointer(.dict)))[.dict], t) escapes to heap
./gen_tree.go:130:74: strings.Join(parts, " ") escapes to heap
./gen_tree.go:83:14: leaking param content: n
./gen_tree.go:83:9: func literal does not escape
./gen_tree.go:126:9: func literal does not escape
./gen_tree.go:127:35: ... argument does not escape
./gen_tree.go:127:35: unsafe.Pointer(v) escapes to heap
./gen_tree.go:130:20: ... argument does not escape
./gen_tree.go:130:43: t.size escapes to heap
./gen_tree.go:130:58: (*Tree[go.shape.float64_0]).Height((*(*[5]uintptr)(unsafe.Pointer(.dict)))[.dict], t) escapes to heap
./gen_tree.go:130:74: strings.Join(parts, " ") escapes to heap
