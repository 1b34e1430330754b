package time

// Time's binary (and gob) encoding, the layout Go 1.19 writes:
//   byte 0      version: 1, or 2 when the zone offset has seconds
//   bytes 1-8   seconds since January 1, year 1 (big endian)
//   bytes 9-12  nanoseconds within the second (big endian)
//   bytes 13-14 zone offset in minutes east of UTC, -1 meaning UTC
//   byte 15     (version 2 only) the offset's seconds
// Decoding gives UTC for -1, Local when the offset is Local's at that
// instant, else an unnamed fixed zone.

import "errors"

const (
	binaryV1 byte = 1
	binaryV2 byte = 2
)

// MarshalBinary implements encoding.BinaryMarshaler.
func (t Time) MarshalBinary() ([]byte, error) {
	version := binaryV1
	var minutes int16 = -1
	var extraSec int8
	if t.Location() != UTC {
		_, off := t.Zone()
		if off%60 != 0 {
			version = binaryV2
			extraSec = int8(off % 60)
		}
		off /= 60
		if off == -1 || off < -32768 || off > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		minutes = int16(off)
	}
	sec, nsec := t.sec(), t.nsec()
	out := make([]byte, 0, 16)
	out = append(out, version)
	for shift := 56; shift >= 0; shift -= 8 {
		out = append(out, byte(sec>>uint(shift)))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		out = append(out, byte(nsec>>uint(shift)))
	}
	out = append(out, byte(minutes>>8), byte(minutes))
	if version == binaryV2 {
		out = append(out, byte(extraSec))
	}
	return out, nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == binaryV2 {
		want = 16
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, b := range data[1:9] {
		sec = sec<<8 | int64(b)
	}
	var nsec int32
	for _, b := range data[9:13] {
		nsec = nsec<<8 | int32(b)
	}
	off := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == binaryV2 {
		off += int(data[15])
	}
	*t = Time{wall: uint64(nsec), ext: sec}
	if off == -60 {
		t.setLoc(&utcLoc)
	} else if _, localOff, _, _, _ := Local.lookup(t.unixSec()); localOff == off {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", off))
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}
