package io

// The remaining interface combinations of Go 1.19's package io.

// ReadSeekCloser is the interface that groups the basic Read, Seek and
// Close methods.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker is the interface that groups the basic Write and Seek
// methods.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker is the interface that groups the basic Read, Write and
// Seek methods.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}
