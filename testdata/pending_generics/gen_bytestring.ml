# command-line-arguments
./gen_bytestring.go:27:40: string(s[:len(prefix)]) does not escape
./gen_bytestring.go:27:67: string(prefix) does not escape
./gen_bytestring.go:63:13: ([]byte)(s) does not escape
./gen_bytestring.go:69:15: string(b) escapes to heap
./gen_bytestring.go:69:15: string(b) escapes to heap
./gen_bytestring.go:76:13: ... argument does not escape
./gen_bytestring.go:76:18: Hash[go.shape.string_0](&.dict.Hash[string], "hello") escapes to heap
./gen_bytestring.go:76:33: Hash[go.shape.[]uint8_0](&.dict.Hash[[]uint8], ([]byte)("hello")) escapes to heap
./gen_bytestring.go:76:40: ([]byte)("hello") does not escape
./gen_bytestring.go:76:56: Hash[go.shape.string_0](&.dict.Hash[main.Path], Path("")) escapes to heap
./gen_bytestring.go:77:13: ... argument does not escape
./gen_bytestring.go:77:23: HasPrefix[go.shape.string_0](&.dict.HasPrefix[string], "golang", "go") escapes to heap
./gen_bytestring.go:77:50: HasPrefix[go.shape.[]uint8_0](&.dict.HasPrefix[[]uint8], ([]byte)("go"), ([]byte)("golang")) escapes to heap
./gen_bytestring.go:77:57: ([]byte)("go") does not escape
./gen_bytestring.go:77:71: ([]byte)("golang") does not escape
./gen_bytestring.go:77:93: HasPrefix[go.shape.string_0](&.dict.HasPrefix[main.Path], Path("/usr/lib"), "/usr") escapes to heap
./gen_bytestring.go:78:13: ... argument does not escape
./gen_bytestring.go:78:23: CountByte[go.shape.string_0](&.dict.CountByte[string], "mississippi", 's') escapes to heap
./gen_bytestring.go:78:54: CountByte[go.shape.[]uint8_0](&.dict.CountByte[main.Buf], Buf("a,b,,c"), ',') escapes to heap
./gen_bytestring.go:78:58: Buf("a,b,,c") does not escape
./gen_bytestring.go:81:12: ... argument does not escape
./gen_bytestring.go:81:13: fs escapes to heap
./gen_bytestring.go:81:13: fs escapes to heap
./gen_bytestring.go:82:18: Buf("ab cd") escapes to heap
./gen_bytestring.go:83:12: ... argument does not escape
./gen_bytestring.go:83:13: bs escapes to heap
./gen_bytestring.go:83:13: bs escapes to heap
./gen_bytestring.go:86:12: ... argument does not escape
./gen_bytestring.go:86:13: bs escapes to heap
./gen_bytestring.go:88:15: ([]byte)("keep those zeros000") does not escape
./gen_bytestring.go:90:13: ... argument does not escape
./gen_bytestring.go:90:20: string(tr) escapes to heap
./gen_bytestring.go:90:20: string(tr) escapes to heap
./gen_bytestring.go:90:29: len(tr) escapes to heap
./gen_bytestring.go:90:43: cap(tr) == cap(raw) escapes to heap
./gen_bytestring.go:91:12: ... argument does not escape
./gen_bytestring.go:91:33: TrimRight[go.shape.string_0](&.dict.TrimRight[main.Path], Path("/a/b///"), '/') escapes to heap
./gen_bytestring.go:91:66: TrimRight[go.shape.string_0](&.dict.TrimRight[main.Path], Path("x/"), '/') escapes to heap
./gen_bytestring.go:93:13: ... argument does not escape
./gen_bytestring.go:93:26: ToUpperASCII[go.shape.string_0](&.dict.ToUpperASCII[string], "mixed Case ü") escapes to heap
./gen_bytestring.go:93:57: ToUpperASCII[go.shape.[]uint8_0](&.dict.ToUpperASCII[main.Buf], Buf("bytes")) escapes to heap
./gen_bytestring.go:93:61: Buf("bytes") does not escape
./gen_bytestring.go:96:27: map[uint32]string{} does not escape
./gen_bytestring.go:100:15: ... argument does not escape
./gen_bytestring.go:100:16: "duplicate" escapes to heap
./gen_bytestring.go:100:16: prev escapes to heap
./gen_bytestring.go:100:37: h == Hash[go.shape.[]uint8_0](&.dict.Hash[[]uint8], ([]byte)(w)) escapes to heap
./gen_bytestring.go:100:51: ([]byte)(w) does not escape
./gen_bytestring.go:105:13: ... argument does not escape
./gen_bytestring.go:105:17: len(seen) escapes to heap
