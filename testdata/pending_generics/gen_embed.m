# command-line-arguments
./gen_embed.go:19:6: can inline (*Base[go.shape.string_0]).Touch
./gen_embed.go:35:6: can inline (*Counter[go.shape.string_0]).Add
./gen_embed.go:37:10: inlining call to (*Base[go.shape.string_0]).Touch
./gen_embed.go:27:6: can inline Base[go.shape.string_0].Count
./gen_embed.go:28:6: can inline Base[go.shape.string_0].Name
./gen_embed.go:43:6: can inline Counter[go.shape.string_0].Name
./gen_embed.go:43:68: inlining call to Base[go.shape.string_0].Name
./gen_embed.go:19:6: can inline (*Base[go.shape.[2]int_0]).Touch
./gen_embed.go:35:6: can inline (*Counter[go.shape.[2]int_0]).Add
./gen_embed.go:37:10: inlining call to (*Base[go.shape.[2]int_0]).Touch
./gen_embed.go:27:6: can inline Base[go.shape.[2]int_0].Count
./gen_embed.go:28:6: can inline Base[go.shape.[2]int_0].Name
./gen_embed.go:43:6: can inline Counter[go.shape.[2]int_0].Name
./gen_embed.go:43:68: inlining call to Base[go.shape.[2]int_0].Name
./gen_embed.go:51:8: inlining call to sync.(*Mutex).Lock
./gen_embed.go:66:6: can inline (*Stack[go.shape.string_0]).Push
./gen_embed.go:67:6: can inline (*Stack[go.shape.string_0]).Top
./gen_embed.go:75:13: inlining call to fmt.Println
./gen_embed.go:76:13: inlining call to fmt.Println
./gen_embed.go:77:13: inlining call to fmt.Println
./gen_embed.go:80:13: inlining call to fmt.Println
./gen_embed.go:82:13: inlining call to fmt.Println
./gen_embed.go:83:12: inlining call to fmt.Printf
./gen_embed.go:87:13: inlining call to fmt.Println
./gen_embed.go:90:10: can inline main.func2
./gen_embed.go:91:5: inlining call to main.func2
./gen_embed.go:92:23: can inline main.func3
./gen_embed.go:93:19: inlining call to main.func3
./gen_embed.go:93:13: inlining call to fmt.Println
./gen_embed.go:96:26: can inline main.func4
./gen_embed.go:97:19: inlining call to main.func4
./gen_embed.go:97:42: inlining call to main.func4
./gen_embed.go:97:13: inlining call to fmt.Println
./gen_embed.go:115:12: inlining call to sort.Ints
./gen_embed.go:116:14: inlining call to fmt.Println
./gen_embed.go:124:13: inlining call to fmt.Println
./gen_embed.go:125:12: inlining call to fmt.Printf
./gen_embed.go:109:19: can inline main.func1.1
./gen_embed.go:37:10: make(map[go.shape.string_0]int) escapes to heap
./gen_embed.go:43:55: "counter:" + ~R0 escapes to heap
./gen_embed.go:21:16: make(map[go.shape.string_0]int) escapes to heap
./gen_embed.go:37:10: make(map[go.shape.[2]int_0]int) escapes to heap
./gen_embed.go:43:55: "counter:" + ~R0 escapes to heap
./gen_embed.go:54:16: map[go.shape.string_0]go.shape.[]int_1{} escapes to heap
./gen_embed.go:109:24: leaking param: v to result ~r0 level=0
./gen_embed.go:99:6: moved to heap: sm
./gen_embed.go:100:6: moved to heap: wg
./gen_embed.go:74:7: ... argument does not escape
./gen_embed.go:75:13: ... argument does not escape
./gen_embed.go:75:21: Base[go.shape.string_0].Count(&.dict.Base[string].Count, c.Base, "go") escapes to heap
./gen_embed.go:75:36: Base[go.shape.string_0].Count(&.dict.Base[string].Count, c.Base, "c") escapes to heap
./gen_embed.go:75:50: Base[go.shape.string_0].Count(&.dict.Base[string].Count, c.Base, "zig") escapes to heap
./gen_embed.go:75:60: c.total escapes to heap
./gen_embed.go:76:13: ... argument does not escape
./gen_embed.go:76:20: Counter[go.shape.string_0].Name(&.dict.Counter[string].Name, c) escapes to heap
./gen_embed.go:76:35: Base[go.shape.string_0].Name(&.dict.Base[string].Name, c.Base) escapes to heap
./gen_embed.go:77:13: ... argument does not escape
./gen_embed.go:77:21: (*Base[go.shape.string_0]).Touch(&.dict.(*Base[string]).Touch, c.Base, "c") escapes to heap
./gen_embed.go:77:34: c.Base.seen["c"] escapes to heap
./gen_embed.go:79:16: c escapes to heap
./gen_embed.go:80:13: ... argument does not escape
./gen_embed.go:80:20: n.Name() escapes to heap
./gen_embed.go:81:2: c.Base escapes to heap
./gen_embed.go:82:13: ... argument does not escape
./gen_embed.go:82:20: n.Name() escapes to heap
./gen_embed.go:83:12: ... argument does not escape
./gen_embed.go:85:8: &Counter[[2]int]{...} does not escape
./gen_embed.go:86:8: ... argument does not escape
./gen_embed.go:87:13: ... argument does not escape
./gen_embed.go:87:22: Base[go.shape.[2]int_0].Count(&.dict.Base[[2]int].Count, ci.Base, [2]int{...}) escapes to heap
./gen_embed.go:87:41: len(ci.Base.seen) escapes to heap
./gen_embed.go:87:59: Counter[go.shape.[2]int_0].Name(&.dict.Counter[[2]int].Name, ci) escapes to heap
./gen_embed.go:91:5: ... argument does not escape
./gen_embed.go:93:13: ... argument does not escape
./gen_embed.go:93:19: r0 escapes to heap
./gen_embed.go:93:35: c.total escapes to heap
./gen_embed.go:97:13: ... argument does not escape
./gen_embed.go:97:19: r0 escapes to heap
./gen_embed.go:97:42: r0 escapes to heap
./gen_embed.go:103:6: func literal escapes to heap
./gen_embed.go:109:19: func literal does not escape
./gen_embed.go:113:28: []string{...} does not escape
./gen_embed.go:115:12: sort.Interface(sort.IntSlice(sort.x)) escapes to heap
./gen_embed.go:116:14: ... argument does not escape
./gen_embed.go:116:14: k escapes to heap
./gen_embed.go:116:14: v escapes to heap
./gen_embed.go:119:12: &Stack[string]{} escapes to heap
./gen_embed.go:124:13: ... argument does not escape
./gen_embed.go:124:20: (*Stack[go.shape.string_0]).Top(&.dict.(*Stack[string]).Top, l1.Stack) escapes to heap
./gen_embed.go:124:27: len(shared.items) escapes to heap
./gen_embed.go:124:51: l1.Stack.items[0] escapes to heap
./gen_embed.go:125:12: ... argument does not escape
./gen_embed.go:125:13: l1 escapes to heap
./gen_embed.go:21:16: make(map[go.shape.[2]int_0]int) escapes to heap
<autogenerated>:1: inlining call to sync.(*Mutex).Lock
<autogenerated>:1: inlining call to sync.(*Mutex).TryLock
<autogenerated>:1: inlining call to sync.(*Mutex).Unlock
