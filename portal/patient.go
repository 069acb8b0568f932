package portal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

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

// PutPatient stores p as the directory entry of addr, durably.
func PutPatient(ctx context.Context, v *vault.Vault, addr string, p Patient) error {
	if p.DOB != "" {
		if _, ok := normDOB(p.DOB); !ok {
			return fmt.Errorf("portal: patient DOB must be YYYY-MM-DD")
		}
	}
	val, err := json.Marshal(p)
	if err != nil {
		return err
	}
	b := v.NewBatch()
	b.Put(vault.KSPatient, PatientKey(addr), val)
	return v.Commit(ctx, b)
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

// lookupPatient is GetPatient with not-found as nil.
func (s *Server) lookupPatient(ctx context.Context, addr string) (*Patient, error) {
	p, err := GetPatient(ctx, s.v, addr)
	if errors.Is(err, vault.ErrNotFound) {
		return nil, nil
	}
	return p, err
}

// normDOB parses YYYY-MM-DD strictly.
func normDOB(s string) (string, bool) {
	var y, m, d int
	if n, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n != 3 || err != nil {
		return "", false
	}
	return dobString(y, m, d)
}

func dobString(y, m, d int) (string, bool) {
	if y < 1880 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}
