# command-line-arguments
./gen_fbounded.go:113:20: devirtualizing c.Less to Version
./gen_fbounded.go:113:47: devirtualizing c.Equal to Version
./gen_fbounded.go:67:60: ... argument does not escape
./gen_fbounded.go:67:75: v.Major escapes to heap
./gen_fbounded.go:67:84: v.Minor escapes to heap
./gen_fbounded.go:67:93: v.Patch escapes to heap
./gen_fbounded.go:71:7: w does not escape
./gen_fbounded.go:71:20: o does not escape
./gen_fbounded.go:72:7: w does not escape
./gen_fbounded.go:72:21: o does not escape
./gen_fbounded.go:29:19: InsertionSort[go.shape.struct { Major int; Minor int; Patch int }_0] ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./gen_fbounded.go:29:19: InsertionSort[go.shape.struct { Major int; Minor int; Patch int }_0] ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./gen_fbounded.go:29:19: InsertionSort[go.shape.string_0] ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./gen_fbounded.go:29:19: InsertionSort[go.shape.string_0] ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./gen_fbounded.go:87:8: &Item[go.shape.[]string_0]{...} escapes to heap
./gen_fbounded.go:102:17: []Version{...} escapes to heap
./gen_fbounded.go:104:13: ... argument does not escape
./gen_fbounded.go:104:13: vs escapes to heap
./gen_fbounded.go:105:13: ... argument does not escape
./gen_fbounded.go:105:19: MinOf[go.shape.struct { Major int; Minor int; Patch int }_0](&.dict.MinOf[main.Version], ... argument...) escapes to heap
./gen_fbounded.go:105:19: ... argument does not escape
./gen_fbounded.go:106:13: ... argument does not escape
./gen_fbounded.go:106:19: Dedup[go.shape.struct { Major int; Minor int; Patch int }_0](&.dict.Dedup[main.Version], vs) escapes to heap
./gen_fbounded.go:108:14: []Word{...} does not escape
./gen_fbounded.go:109:13: ... argument does not escape
./gen_fbounded.go:109:19: Dedup[go.shape.string_0](&.dict.Dedup[main.Word], ws) escapes to heap
./gen_fbounded.go:110:13: ... argument does not escape
./gen_fbounded.go:110:25: MinOf[go.shape.string_0](&.dict.MinOf[main.Word], ... argument...) escapes to heap
./gen_fbounded.go:110:25: ... argument does not escape
./gen_fbounded.go:112:35: Version{...} does not escape
./gen_fbounded.go:113:13: ... argument does not escape
./gen_fbounded.go:113:20: Version.Less(c.(Version), Version{...}) escapes to heap
./gen_fbounded.go:113:47: Version.Equal(c.(Version), Version{...}) escapes to heap
./gen_fbounded.go:114:6: Word("a") does not escape
./gen_fbounded.go:117:13: ... argument does not escape
./gen_fbounded.go:117:13: isCmp escapes to heap
./gen_fbounded.go:117:13: isCmpV escapes to heap
./gen_fbounded.go:119:11: &Owner[[]string]{...} escapes to heap
./gen_fbounded.go:120:21: []string{...} escapes to heap
./gen_fbounded.go:121:27: []string{...} escapes to heap
./gen_fbounded.go:122:13: ... argument does not escape
./gen_fbounded.go:122:22: it.owner.name escapes to heap
./gen_fbounded.go:122:32: len(it.owner.items) escapes to heap
./gen_fbounded.go:122:67: it.owner.items[0].val escapes to heap
./gen_fbounded.go:122:75: it.val escapes to heap
./gen_fbounded.go:123:12: ... argument does not escape
./gen_fbounded.go:128:13: ... argument does not escape
./gen_fbounded.go:128:20: (*Stack[go.shape.int_0]).Len(&.dict.(*Stack[int]).Len, is) escapes to heap
./gen_fbounded.go:128:26: is.s escapes to heap
./gen_fbounded.go:129:12: ... argument does not escape
./gen_fbounded.go:129:13: is escapes to heap
./gen_fbounded.go:132:13: ... argument does not escape
./gen_fbounded.go:132:16: is.s escapes to heap
./gen_fbounded.go:134:26: []string{...} escapes to heap
./gen_fbounded.go:137:13: ... argument does not escape
./gen_fbounded.go:137:16: fr.s escapes to heap
./gen_fbounded.go:137:24: back.s escapes to heap
./gen_fbounded.go:137:36: (*Stack[go.shape.string_0]).Len(&.dict.(*Stack[string]).Len, back) escapes to heap
./gen_fbounded.go:138:12: ... argument does not escape
./gen_fbounded.go:138:13: fr escapes to heap
./gen_fbounded.go:138:13: back escapes to heap
