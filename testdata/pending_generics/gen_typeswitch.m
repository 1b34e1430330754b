# command-line-arguments
./gen_typeswitch.go:79:6: can inline Temp.String
./gen_typeswitch.go:83:6: can inline (*myErr).Error
./gen_typeswitch.go:83:63: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:18:31: inlining call to strconv.Itoa
./gen_typeswitch.go:22:41: inlining call to strconv.Itoa
./gen_typeswitch.go:36:6: can inline AsInt[go.shape.int_0]
./gen_typeswitch.go:36:6: can inline AsInt[go.shape.int64_0]
./gen_typeswitch.go:36:6: can inline AsInt[go.shape.interface {}_0]
./gen_typeswitch.go:45:16: inlining call to strings.(*Builder).WriteByte
./gen_typeswitch.go:45:16: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:45:16: inlining call to strings.noescape
./gen_typeswitch.go:49:32: inlining call to strconv.Quote
./gen_typeswitch.go:49:32: inlining call to strconv.quoteWith
./gen_typeswitch.go:49:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:49:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:49:18: inlining call to strings.noescape
./gen_typeswitch.go:51:37: inlining call to strconv.FormatBool
./gen_typeswitch.go:51:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:51:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:51:18: inlining call to strings.noescape
./gen_typeswitch.go:53:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:53:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:53:18: inlining call to strings.noescape
./gen_typeswitch.go:55:31: inlining call to strconv.Itoa
./gen_typeswitch.go:55:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:55:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:55:18: inlining call to strings.noescape
./gen_typeswitch.go:60:24: inlining call to strings.(*Builder).String
./gen_typeswitch.go:45:16: inlining call to strings.(*Builder).WriteByte
./gen_typeswitch.go:45:16: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:45:16: inlining call to strings.noescape
./gen_typeswitch.go:49:32: inlining call to strconv.Quote
./gen_typeswitch.go:49:32: inlining call to strconv.quoteWith
./gen_typeswitch.go:49:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:49:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:49:18: inlining call to strings.noescape
./gen_typeswitch.go:51:37: inlining call to strconv.FormatBool
./gen_typeswitch.go:51:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:51:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:51:18: inlining call to strings.noescape
./gen_typeswitch.go:53:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:53:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:53:18: inlining call to strings.noescape
./gen_typeswitch.go:55:31: inlining call to strconv.Itoa
./gen_typeswitch.go:55:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:55:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:55:18: inlining call to strings.noescape
./gen_typeswitch.go:60:24: inlining call to strings.(*Builder).String
./gen_typeswitch.go:45:16: inlining call to strings.(*Builder).WriteByte
./gen_typeswitch.go:45:16: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:45:16: inlining call to strings.noescape
./gen_typeswitch.go:49:32: inlining call to strconv.Quote
./gen_typeswitch.go:49:32: inlining call to strconv.quoteWith
./gen_typeswitch.go:49:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:49:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:49:18: inlining call to strings.noescape
./gen_typeswitch.go:51:37: inlining call to strconv.FormatBool
./gen_typeswitch.go:51:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:51:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:51:18: inlining call to strings.noescape
./gen_typeswitch.go:53:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:53:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:53:18: inlining call to strings.noescape
./gen_typeswitch.go:55:31: inlining call to strconv.Itoa
./gen_typeswitch.go:55:18: inlining call to strings.(*Builder).WriteString
./gen_typeswitch.go:55:18: inlining call to strings.(*Builder).copyCheck
./gen_typeswitch.go:55:18: inlining call to strings.noescape
./gen_typeswitch.go:60:24: inlining call to strings.(*Builder).String
./gen_typeswitch.go:63:6: can inline CountEqual[go.shape.string_0]
./gen_typeswitch.go:63:6: can inline CountEqual[go.shape.*uint8_0]
./gen_typeswitch.go:63:6: can inline CountEqual[go.shape.[2]string_0]
./gen_typeswitch.go:63:6: can inline CountEqual[go.shape.float64_0]
./gen_typeswitch.go:73:6: can inline IsNil[go.shape.interface { Error() string }_0]
./gen_typeswitch.go:73:6: can inline IsNil[go.shape.*uint8_0]
./gen_typeswitch.go:73:6: can inline IsNil[go.shape.int_0]
./gen_typeswitch.go:73:6: can inline IsNil[go.shape.interface { String() string }_0]
./gen_typeswitch.go:86:13: inlining call to fmt.Println
./gen_typeswitch.go:87:13: inlining call to fmt.Println
./gen_typeswitch.go:88:13: inlining call to fmt.Println
./gen_typeswitch.go:89:13: inlining call to fmt.Println
./gen_typeswitch.go:90:13: inlining call to fmt.Println
./gen_typeswitch.go:91:13: inlining call to fmt.Println
./gen_typeswitch.go:92:13: inlining call to fmt.Println
./gen_typeswitch.go:93:13: inlining call to fmt.Println
./gen_typeswitch.go:94:13: inlining call to fmt.Println
./gen_typeswitch.go:95:13: inlining call to fmt.Println
./gen_typeswitch.go:96:13: inlining call to fmt.Println
./gen_typeswitch.go:97:13: inlining call to fmt.Println
./gen_typeswitch.go:98:13: inlining call to fmt.Println
./gen_typeswitch.go:99:13: inlining call to fmt.Println
./gen_typeswitch.go:102:13: inlining call to fmt.Println
./gen_typeswitch.go:104:13: inlining call to fmt.Println
./gen_typeswitch.go:106:13: inlining call to fmt.Println
./gen_typeswitch.go:108:13: inlining call to fmt.Println
./gen_typeswitch.go:109:13: inlining call to fmt.Println
./gen_typeswitch.go:110:13: inlining call to fmt.Println
./gen_typeswitch.go:111:13: inlining call to fmt.Println
./gen_typeswitch.go:113:13: inlining call to fmt.Println
./gen_typeswitch.go:115:13: inlining call to fmt.Println
./gen_typeswitch.go:116:13: inlining call to fmt.Println
./gen_typeswitch.go:117:13: inlining call to fmt.Println
./gen_typeswitch.go:121:13: inlining call to fmt.Println
./gen_typeswitch.go:97:19: can inline main.func1
./gen_typeswitch.go:98:19: can inline main.func2
./gen_typeswitch.go:79:84: strconv.FormatFloat(float64(t), 'f', 1, 64) + "K" escapes to heap
./gen_typeswitch.go:83:7: e does not escape
./gen_typeswitch.go:83:49: "code " + ~R0 escapes to heap
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:14:17: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:18:17: "int " + ~R0 escapes to heap
./gen_typeswitch.go:20:21: ... argument does not escape
./gen_typeswitch.go:22:27: "string of len " + ~R0 escapes to heap
./gen_typeswitch.go:26:22: "stringer " + v.String() escapes to heap
./gen_typeswitch.go:28:19: "error " + v.Error() escapes to heap
./gen_typeswitch.go:32:21: ... argument does not escape
./gen_typeswitch.go:37:14: unsafe.Pointer(x) does not escape
./gen_typeswitch.go:37:14: unsafe.Pointer(x) does not escape
./gen_typeswitch.go:42:6: moved to heap: sb
./gen_typeswitch.go:45:16: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:49:32: string(strconv.appendQuotedWith(make([]byte, int(0), int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly)) does not escape
./gen_typeswitch.go:49:32: make([]byte, int(0), int(3) * len(strconv.s) / int(2)) escapes to heap
./gen_typeswitch.go:49:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:51:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:53:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:55:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:57:15: ... argument does not escape
./gen_typeswitch.go:60:27: "[" + ~R0 + "]" escapes to heap
./gen_typeswitch.go:42:6: moved to heap: sb
./gen_typeswitch.go:45:16: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:47:18: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:49:32: string(strconv.appendQuotedWith(make([]byte, int(0), int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly)) does not escape
./gen_typeswitch.go:49:32: make([]byte, int(0), int(3) * len(strconv.s) / int(2)) escapes to heap
./gen_typeswitch.go:49:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:51:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:53:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:55:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:57:15: ... argument does not escape
./gen_typeswitch.go:60:27: "[" + ~R0 + "]" escapes to heap
./gen_typeswitch.go:42:6: moved to heap: sb
./gen_typeswitch.go:45:16: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:47:18: unsafe.Pointer(x) escapes to heap
./gen_typeswitch.go:49:32: string(strconv.appendQuotedWith(make([]byte, int(0), int(3) * len(strconv.s) / int(2)), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly)) does not escape
./gen_typeswitch.go:49:32: make([]byte, int(0), int(3) * len(strconv.s) / int(2)) escapes to heap
./gen_typeswitch.go:49:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:51:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:53:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:55:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_typeswitch.go:57:15: ... argument does not escape
./gen_typeswitch.go:60:27: "[" + ~R0 + "]" escapes to heap
./gen_typeswitch.go:74:12: unsafe.Pointer(x) does not escape
./gen_typeswitch.go:86:13: ... argument does not escape
./gen_typeswitch.go:86:18: Kind[go.shape.int_0](&.dict.Kind[int], 42) escapes to heap
./gen_typeswitch.go:87:13: ... argument does not escape
./gen_typeswitch.go:87:24: Kind[go.shape.int8_0](&.dict.Kind[int8], -1) escapes to heap
./gen_typeswitch.go:88:13: ... argument does not escape
./gen_typeswitch.go:88:18: Kind[go.shape.int16_0](&.dict.Kind[int16], int16(300)) escapes to heap
./gen_typeswitch.go:89:13: ... argument does not escape
./gen_typeswitch.go:89:18: Kind[go.shape.string_0](&.dict.Kind[string], "hello") escapes to heap
./gen_typeswitch.go:90:13: ... argument does not escape
./gen_typeswitch.go:90:18: Kind[go.shape.float64_0](&.dict.Kind[main.Temp], Temp(273.15)) escapes to heap
./gen_typeswitch.go:91:13: ... argument does not escape
./gen_typeswitch.go:91:25: Kind[go.shape.interface { Error() string }_0](&.dict.Kind[error], &myErr{...}) escapes to heap
./gen_typeswitch.go:91:26: &myErr{...} escapes to heap
./gen_typeswitch.go:92:13: ... argument does not escape
./gen_typeswitch.go:92:25: Kind[go.shape.interface { Error() string }_0](&.dict.Kind[error], nil) escapes to heap
./gen_typeswitch.go:93:13: ... argument does not escape
./gen_typeswitch.go:93:23: Kind[go.shape.interface {}_0](&.dict.Kind[interface {}], nil) escapes to heap
./gen_typeswitch.go:94:13: ... argument does not escape
./gen_typeswitch.go:94:18: Kind[go.shape.float64_0](&.dict.Kind[float64], 3.5) escapes to heap
./gen_typeswitch.go:95:13: ... argument does not escape
./gen_typeswitch.go:95:18: Kind[go.shape.[]int_0](&.dict.Kind[[]int], []int{...}) escapes to heap
./gen_typeswitch.go:95:24: []int{...} escapes to heap
./gen_typeswitch.go:96:13: ... argument does not escape
./gen_typeswitch.go:96:23: Kind[go.shape.interface {}_0](&.dict.Kind[interface {}], []any{...}) escapes to heap
./gen_typeswitch.go:96:29: []any{...} escapes to heap
./gen_typeswitch.go:96:29: []any{...} escapes to heap
./gen_typeswitch.go:96:30: 1 escapes to heap
./gen_typeswitch.go:97:13: ... argument does not escape
./gen_typeswitch.go:97:18: Kind[go.shape.func() int_0](&.dict.Kind[func() int], func literal) escapes to heap
./gen_typeswitch.go:97:19: func literal escapes to heap
./gen_typeswitch.go:98:13: ... argument does not escape
./gen_typeswitch.go:98:18: Kind[go.shape.func() string_0](&.dict.Kind[func() string], func literal) escapes to heap
./gen_typeswitch.go:98:19: func literal escapes to heap
./gen_typeswitch.go:99:13: ... argument does not escape
./gen_typeswitch.go:99:18: Kind[go.shape.uint_0](&.dict.Kind[uint], uint(7)) escapes to heap
./gen_typeswitch.go:102:13: ... argument does not escape
./gen_typeswitch.go:102:13: n escapes to heap
./gen_typeswitch.go:102:13: ok escapes to heap
./gen_typeswitch.go:104:13: ... argument does not escape
./gen_typeswitch.go:104:13: n escapes to heap
./gen_typeswitch.go:104:13: ok escapes to heap
./gen_typeswitch.go:105:21: 99 does not escape
./gen_typeswitch.go:106:13: ... argument does not escape
./gen_typeswitch.go:106:13: n escapes to heap
./gen_typeswitch.go:106:13: ok escapes to heap
./gen_typeswitch.go:108:13: ... argument does not escape
./gen_typeswitch.go:108:20: Encode[go.shape.interface {}_0](&.dict.Encode[interface {}], []any{...}) escapes to heap
./gen_typeswitch.go:108:26: []any{...} does not escape
./gen_typeswitch.go:108:27: "a\"b" escapes to heap
./gen_typeswitch.go:108:35: true escapes to heap
./gen_typeswitch.go:108:41: 1.5 escapes to heap
./gen_typeswitch.go:108:46: 7 escapes to heap
./gen_typeswitch.go:108:58: Temp(1) escapes to heap
./gen_typeswitch.go:109:13: ... argument does not escape
./gen_typeswitch.go:109:20: Encode[go.shape.string_0](&.dict.Encode[string], []string{...}) escapes to heap
./gen_typeswitch.go:109:29: []string{...} does not escape
./gen_typeswitch.go:110:13: ... argument does not escape
./gen_typeswitch.go:110:20: Encode[go.shape.float64_0](&.dict.Encode[float64], []float64{...}) escapes to heap
./gen_typeswitch.go:110:30: []float64{...} does not escape
./gen_typeswitch.go:111:13: ... argument does not escape
./gen_typeswitch.go:111:20: Encode[go.shape.float64_0](&.dict.Encode[main.Temp], []Temp{...}) escapes to heap
./gen_typeswitch.go:111:27: []Temp{...} does not escape
./gen_typeswitch.go:113:13: ... argument does not escape
./gen_typeswitch.go:113:24: CountEqual[go.shape.string_0](&.dict.CountEqual[string], []string{...}, "a") escapes to heap
./gen_typeswitch.go:113:33: []string{...} does not escape
./gen_typeswitch.go:114:8: &myErr{...} does not escape
./gen_typeswitch.go:115:13: ... argument does not escape
./gen_typeswitch.go:115:24: CountEqual[go.shape.*uint8_0](&.dict.CountEqual[*main.myErr], []*myErr{...}, e1) escapes to heap
./gen_typeswitch.go:115:33: []*myErr{...} does not escape
./gen_typeswitch.go:115:48: &myErr{...} does not escape
./gen_typeswitch.go:115:79: CountEqual[go.shape.*uint8_0](&.dict.CountEqual[*main.myErr], []*myErr{...}, nil) escapes to heap
./gen_typeswitch.go:115:88: []*myErr{...} does not escape
./gen_typeswitch.go:116:13: ... argument does not escape
./gen_typeswitch.go:116:24: CountEqual[go.shape.[2]string_0](&.dict.CountEqual[[2]string], [][2]string{...}, [2]string{...}) escapes to heap
./gen_typeswitch.go:116:36: [][2]string{...} does not escape
./gen_typeswitch.go:117:13: ... argument does not escape
./gen_typeswitch.go:117:24: CountEqual[go.shape.float64_0](&.dict.CountEqual[main.Temp], []Temp{...}, 1) escapes to heap
./gen_typeswitch.go:117:31: []Temp{...} does not escape
./gen_typeswitch.go:121:13: ... argument does not escape
./gen_typeswitch.go:121:19: IsNil[go.shape.interface { Error() string }_0](&.dict.IsNil[error], e) escapes to heap
./gen_typeswitch.go:121:29: IsNil[go.shape.*uint8_0](&.dict.IsNil[*main.myErr], p) escapes to heap
./gen_typeswitch.go:121:46: IsNil[go.shape.interface { Error() string }_0](&.dict.IsNil[error], p) escapes to heap
./gen_typeswitch.go:121:56: IsNil[go.shape.int_0](&.dict.IsNil[int], 0) escapes to heap
./gen_typeswitch.go:121:80: IsNil[go.shape.interface { String() string }_0](&.dict.IsNil[fmt.Stringer], nil) escapes to heap
<autogenerated>:1: inlining call to Temp.String
<autogenerated>:1: strconv.FormatFloat(float64(t), 'f', 1, 64) + "K" escapes to heap
