package portal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/phigate/phigate/vault"
)

// Patient is one entry of the patient directory (vault.KSPatient), keyed by
// the lower-cased address a link is sent to (email address or E.164 phone
// number). Any field may be empty.
type Patient struct {
	DOB   string `json:"dob,omitempty"`   // YYYY-MM-DD
	Phone string `json:"phone,omitempty"` // E.164, for codes when the link went by email
	Email string `json:"email,omitempty"` // for codes when the link went by SMS
	Name  string `json:"name,omitempty"`
}

// PatientKey is the directory key of addr.
func PatientKey(addr string) string { return strings.ToLower(strings.TrimSpace(addr)) }

// PutPatient stores p as the directory entry of addr (the address notices
// go to: an email address or an E.164 number), durably, replacing any
// entry. With a DOB the portal asks for it; without one it sends a code, to
// Phone for email links and to Email for SMS links when they are set. The
// directory is PHI: callers must not log p.
func PutPatient(ctx context.Context, v *vault.Vault, addr string, p Patient) error {
	if err := checkPatient(addr, &p); err != nil {
		return err
	}
	val, err := json.Marshal(p)
	if err != nil {
		return err
	}
	b := v.NewBatch()
	b.Put(vault.KSPatient, PatientKey(addr), val)
	defer dirGen.Add(1)
	return v.Commit(ctx, b)
}

// checkPatient validates an entry for addr and normalises its DOB. Its
// errors name the field, never the value (the directory is PHI).
func checkPatient(addr string, p *Patient) error {
	if key := PatientKey(addr); key == "" || len(key) > 254 || (!strings.Contains(key, "@") && !e164(key)) {
		return fmt.Errorf("portal: patient address must be an email address or an E.164 phone number")
	}
	if p.DOB != "" {
		dob, ok := NormDOB(p.DOB)
		if !ok {
			return fmt.Errorf("portal: patient DOB must be YYYY-MM-DD")
		}
		p.DOB = dob
	}
	if p.Phone != "" && !e164(p.Phone) {
		return fmt.Errorf("portal: patient phone must be E.164 (+ and 8 to 15 digits)")
	}
	if p.Email != "" && (!strings.Contains(p.Email, "@") || len(p.Email) > 254 || strings.ContainsAny(p.Email, " \t\r\n<>")) {
		return fmt.Errorf("portal: patient email is not an address")
	}
	return nil
}

func e164(s string) bool {
	if len(s) < 9 || len(s) > 16 || s[0] != '+' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// GetPatient returns the directory entry of addr, or vault.ErrNotFound.
func GetPatient(ctx context.Context, v *vault.Vault, addr string) (*Patient, error) {
	val, err := v.Get(ctx, vault.KSPatient, PatientKey(addr))
	if err != nil {
		return nil, err
	}
	var p Patient
	if err := json.Unmarshal(val, &p); err != nil {
		return nil, fmt.Errorf("portal: patient decode: %w", err)
	}
	return &p, nil
}

// dirGen counts directory writes in this process. Only this package
// writes the directory (PutPatient, DeletePatient, SetPatients,
// RemovePatient: each bumps it), and the vault is open in one process at a
// time, so a landing-page cache entry read at the current generation is
// current.
var dirGen atomic.Uint64

// dirCacheTTL bounds how long a landing page trusts a cached entry anyway.
const dirCacheTTL = 30 * time.Second

type dirEntry struct {
	p   *Patient // nil: no entry
	gen uint64
	at  time.Time
}

// cachedPatient is lookupPatient for landing pages, which every mail
// scanner and reload fetches: the directory read was a tenth of a landing
// page's CPU. Verification always reads the vault. The returned entry is
// shared: read only.
func (s *Server) cachedPatient(ctx context.Context, addr string) (*Patient, error) {
	key := PatientKey(addr)
	gen := dirGen.Load()
	now := time.Now()
	if v, ok := s.dirCache.Load(key); ok {
		if e := v.(*dirEntry); e.gen == gen && now.Sub(e.at) < dirCacheTTL {
			return e.p, nil
		}
	}
	p, err := s.lookupPatient(ctx, addr)
	if err != nil {
		return nil, err
	}
	if s.dirCacheN.Add(1) > 50_000 {
		s.dirCache.Clear()
		s.dirCacheN.Store(0)
	}
	s.dirCache.Store(key, &dirEntry{p: p, gen: gen, at: now})
	return p, nil
}

// lookupPatient is GetPatient with not-found as nil.
func (s *Server) lookupPatient(ctx context.Context, addr string) (*Patient, error) {
	p, err := GetPatient(ctx, s.v, addr)
	if errors.Is(err, vault.ErrNotFound) {
		return nil, nil
	}
	return p, err
}

// NormDOB parses YYYY-MM-DD (month and day may have one digit) into the
// canonical form, or reports false: nothing before, after or between the
// numbers, and only dates the calendar has.
func NormDOB(s string) (string, bool) {
	f := strings.Split(s, "-")
	if len(f) != 3 || len(f[0]) != 4 || len(f[1]) < 1 || len(f[1]) > 2 || len(f[2]) < 1 || len(f[2]) > 2 {
		return "", false
	}
	var n [3]int
	for i, p := range f {
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return "", false
			}
			n[i] = n[i]*10 + int(c-'0')
		}
	}
	return dobString(n[0], n[1], n[2])
}

// dobString formats a date of birth, or reports false for a date the
// calendar does not have (a patient who types 31 February is told the date
// is not valid rather than charged a failed attempt; an import with it is
// refused rather than locking that patient out).
func dobString(y, m, d int) (string, bool) {
	if y < 1880 || y > 2200 || m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}
