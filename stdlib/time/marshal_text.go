package time

// Time's text and JSON encodings: RFC 3339 with nanoseconds, for years
// 0 through 9999 (other years have no RFC 3339 form: an error).

import "errors"

// MarshalText implements encoding.TextMarshaler.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON implements json.Marshaler: the RFC 3339 text, quoted.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON implements json.Unmarshaler: a quoted RFC 3339 time, or
// null (no change).
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}
