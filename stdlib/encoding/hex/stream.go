package hex

// Streaming hex: NewEncoder and NewDecoder.  Both work through a fixed
// 1 KiB buffer, as Go's do; the decoder reports an error only once the
// bytes decoded before it have been returned.

import "io"

const streamBuf = 1024

type encoder struct {
	w   io.Writer
	err error
	out [streamBuf]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal
// characters to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > streamBuf/2 {
			k = streamBuf / 2
		}
		m := Encode(e.out[:], p[:k])
		var wrote int
		wrote, e.err = e.w.Write(e.out[:m])
		n += wrote / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // encoded bytes not decoded yet (a window of buf)
	buf [streamBuf]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters
// from r; its input must be of even length.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.buf[:], d.in) // 0 or 1 byte left from the last read
		var got int
		got, d.err = d.r.Read(d.buf[kept:])
		d.in = d.buf[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			if _, ok := fromHexChar(d.in[len(d.in)-1]); ok {
				d.err = io.ErrUnexpectedEOF
			} else {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, err
}
