package audit

// The chain's canonical encoding.
//
// An entry is stored as exactly one UTF-8 JSON object without whitespace,
// whose members appear in this order:
//
//	{"seq":S,"time":T,"actor":A,"action":C[,"channel":H][,"objects":[…]]
//	 [,"recipients":[…]][,"categories":[…]][,"outcome":O][,"detail":D]
//	 ,"prev":P,"hash":X}
//
//   - S is the sequence number in decimal without leading zeros (first is 1).
//   - T is the event time in UTC with exactly nine fractional digits:
//     "2006-01-02T15:04:05.000000000Z" (Go layout TimeLayout).
//   - Optional members (in brackets) are present exactly when the string is
//     non-empty or the list has at least one element.
//   - Every string is encoded as '"', then each character of the string with
//     '"' as \", '\' as \\ and U+0000..U+001F as \u00xx (lower-case hex), all
//     other characters as their UTF-8 bytes, then '"'. Invalid UTF-8 is
//     replaced by U+FFFD before encoding (Normalize), so the stored bytes are
//     the canonical form.
//   - P is the standard base64 (with padding) of the previous entry's hash,
//     or of 32 zero bytes for the first entry of the chain (Genesis).
//   - X is the standard base64 of this entry's hash: SHA-256 over the same
//     encoding with the "hash" member left out, i.e. over the stored bytes up
//     to and including P's closing quote, followed by "}".
//
// The encoding is a valid JSON document that encoding/json decodes into
// Event, and a reviewer can re-derive every hash from an export with any
// SHA-256 tool.

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// TimeLayout is the canonical time format of an entry.
const TimeLayout = "2006-01-02T15:04:05.000000000Z"

// HashSize is the size of an entry hash.
const HashSize = sha256.Size

// Genesis is the "previous hash" of the first entry.
var Genesis [HashSize]byte

// ActAuditPruned is the checkpoint entry written when entries older than the
// audit retention are removed; Detail records the pruned range and the head
// hash of the pruned prefix, so the chain stays verifiable.
const ActAuditPruned = "audit.pruned"

const (
	b64Len     = 44 // base64 of 32 bytes
	hashSuffix = len(`,"hash":"`) + b64Len + len(`"}`)
	prevSuffix = len(`,"prev":"`) + b64Len + len(`"`)
)

// ErrMalformed reports an entry that is not in the canonical encoding.
var ErrMalformed = errors.New("audit: malformed entry")

// Normalize makes e's strings valid UTF-8 (invalid bytes become U+FFFD) and
// its time UTC, so Encode's output is canonical.
func Normalize(e *Event) {
	e.Time = e.Time.UTC()
	fix := func(s string) string {
		if utf8.ValidString(s) {
			return s
		}
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	e.Actor, e.Action, e.Channel = fix(e.Actor), fix(e.Action), fix(e.Channel)
	e.Outcome, e.Detail = fix(e.Outcome), fix(e.Detail)
	fixList := func(l []string) []string {
		for i, s := range l {
			if !utf8.ValidString(s) {
				c := append([]string(nil), l...) // do not change the caller's slice
				for j := i; j < len(c); j++ {
					c[j] = fix(c[j])
				}
				return c
			}
		}
		return l
	}
	e.Objects, e.Recipients, e.Categories = fixList(e.Objects), fixList(e.Recipients), fixList(e.Categories)
}

// Encode returns the canonical encoding of e as entry seq chained to prev,
// and the entry's hash. It normalises e (see Normalize) and sets e.Seq,
// e.Prev and e.Hash.
func Encode(dst []byte, e *Event, seq uint64, prev [HashSize]byte) ([]byte, [HashSize]byte) {
	Normalize(e)
	e.Seq = seq
	start := len(dst)
	dst = append(dst, `{"seq":`...)
	dst = strconv.AppendUint(dst, seq, 10)
	dst = append(dst, `,"time":"`...)
	dst = e.Time.AppendFormat(dst, TimeLayout)
	dst = append(dst, '"')
	dst = appendMember(dst, "actor", e.Actor, true)
	dst = appendMember(dst, "action", e.Action, true)
	dst = appendMember(dst, "channel", e.Channel, false)
	dst = appendList(dst, "objects", e.Objects)
	dst = appendList(dst, "recipients", e.Recipients)
	dst = appendList(dst, "categories", e.Categories)
	dst = appendMember(dst, "outcome", e.Outcome, false)
	dst = appendMember(dst, "detail", e.Detail, false)
	dst = append(dst, `,"prev":"`...)
	dst = base64.StdEncoding.AppendEncode(dst, prev[:])
	dst = append(dst, '"')
	h := sha256.New()
	h.Write(dst[start:])
	h.Write([]byte{'}'})
	var sum [HashSize]byte
	h.Sum(sum[:0])
	dst = append(dst, `,"hash":"`...)
	dst = base64.StdEncoding.AppendEncode(dst, sum[:])
	dst = append(dst, `"}`...)
	e.Prev = append([]byte(nil), prev[:]...)
	e.Hash = append([]byte(nil), sum[:]...)
	return dst, sum
}

func appendMember(dst []byte, name, s string, always bool) []byte {
	if s == "" && !always {
		return dst
	}
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':')
	return appendString(dst, s)
}

func appendList(dst []byte, name string, l []string) []byte {
	if len(l) == 0 {
		return dst
	}
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':', '[')
	for i, s := range l {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendString(dst, s)
	}
	return append(dst, ']')
}

const hexDigits = "0123456789abcdef"

func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			dst = append(dst, '\\', '"')
		case c == '\\':
			dst = append(dst, '\\', '\\')
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// Link is what the chain check needs from a stored entry, read without
// decoding the whole entry.
type Link struct {
	Seq  uint64
	Prev [HashSize]byte
	// Hash is the stored hash; Computed is SHA-256 of the entry's bytes.
	Hash, Computed [HashSize]byte
}

// ParseLink reads an entry's sequence number and stored hashes and computes
// its hash. It checks the frame of the encoding, not every member; a changed
// member shows as Hash != Computed.
func ParseLink(val []byte) (Link, error) {
	var l Link
	if len(val) < len(`{"seq":1`)+prevSuffix+hashSuffix || !bytes.HasPrefix(val, []byte(`{"seq":`)) {
		return l, ErrMalformed
	}
	i := len(`{"seq":`)
	j := i
	for j < len(val) && val[j] >= '0' && val[j] <= '9' {
		j++
	}
	if j == i || j-i > 20 || (val[i] == '0') || j >= len(val) || val[j] != ',' {
		return l, fmt.Errorf("%w: sequence number", ErrMalformed)
	}
	seq, err := strconv.ParseUint(string(val[i:j]), 10, 64)
	if err != nil {
		return l, fmt.Errorf("%w: sequence number", ErrMalformed)
	}
	l.Seq = seq
	body := len(val) - hashSuffix
	if body-prevSuffix < j {
		return l, ErrMalformed
	}
	tail := val[body:]
	if !bytes.HasPrefix(tail, []byte(`,"hash":"`)) || !bytes.HasSuffix(tail, []byte(`"}`)) {
		return l, fmt.Errorf("%w: hash member", ErrMalformed)
	}
	ptail := val[body-prevSuffix : body]
	if !bytes.HasPrefix(ptail, []byte(`,"prev":"`)) || ptail[len(ptail)-1] != '"' {
		return l, fmt.Errorf("%w: prev member", ErrMalformed)
	}
	if err := decodeHash(&l.Hash, tail[len(`,"hash":"`):len(tail)-2]); err != nil {
		return l, err
	}
	if err := decodeHash(&l.Prev, ptail[len(`,"prev":"`):len(ptail)-1]); err != nil {
		return l, err
	}
	h := sha256.New()
	h.Write(val[:body])
	h.Write([]byte{'}'})
	h.Sum(l.Computed[:0])
	return l, nil
}

func decodeHash(dst *[HashSize]byte, b64 []byte) error {
	var buf [33]byte
	n, err := base64.StdEncoding.Decode(buf[:], b64)
	if err != nil || n != HashSize {
		return fmt.Errorf("%w: hash encoding", ErrMalformed)
	}
	copy(dst[:], buf[:n])
	return nil
}

// Decode parses a stored entry strictly: it must be in the canonical
// encoding (re-encoding the result yields the same bytes) and its stored
// hash must match its content.
func Decode(val []byte) (Event, error) {
	var e Event
	l, err := ParseLink(val)
	if err != nil {
		return e, err
	}
	if l.Hash != l.Computed {
		return e, fmt.Errorf("%w: hash does not match content", ErrMalformed)
	}
	d := json.NewDecoder(bytes.NewReader(val))
	d.DisallowUnknownFields()
	if err := d.Decode(&e); err != nil {
		return Event{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if d.More() {
		return Event{}, fmt.Errorf("%w: trailing data", ErrMalformed)
	}
	c := e
	c.Objects = append([]string(nil), e.Objects...)
	c.Recipients = append([]string(nil), e.Recipients...)
	c.Categories = append([]string(nil), e.Categories...)
	re, _ := Encode(nil, &c, l.Seq, l.Prev)
	if !bytes.Equal(re, val) {
		return Event{}, fmt.Errorf("%w: not in canonical form", ErrMalformed)
	}
	if e.Time.Location() != time.UTC {
		e.Time = e.Time.UTC()
	}
	return e, nil
}

// EntryTime reads the time of a stored entry without decoding the rest.
func EntryTime(val []byte) (time.Time, error) {
	i := bytes.Index(val, []byte(`,"time":"`))
	if i < 0 || i > 40 || len(val) < i+9+len(TimeLayout)+1 {
		return time.Time{}, fmt.Errorf("%w: time", ErrMalformed)
	}
	s := val[i+9 : i+9+len(TimeLayout)]
	t, err := time.Parse(TimeLayout, string(s))
	if err != nil || val[i+9+len(TimeLayout)] != '"' {
		return time.Time{}, fmt.Errorf("%w: time", ErrMalformed)
	}
	return t, nil
}
