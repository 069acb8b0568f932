package portal

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// TestPatientDirectory: what PutPatient accepts (the entry points a
// "phigate patients" command calls), and that the landing page follows the
// directory: DOB when known, a code otherwise.
func TestPatientDirectory(t *testing.T) {
	e := newEnv(t)
	e.listen()
	ctx := context.Background()
	tests := []struct {
		name, addr string
		p          Patient
		ok         bool
	}{
		{"email with DOB", "Pat@Example.com", Patient{DOB: "1984-03-27"}, true},
		{"phone with email", "+15550001111", Patient{Email: "pat@example.com"}, true},
		{"DOB without zero padding", "pad@example.com", Patient{DOB: "1984-3-7"}, true},
		{"bad DOB", "x@example.com", Patient{DOB: "27/03/1984"}, false},
		{"impossible DOB", "x@example.com", Patient{DOB: "1984-13-01"}, false},
		{"31 February", "x@example.com", Patient{DOB: "1990-02-31"}, false},
		{"29 February, leap year", "leap@example.com", Patient{DOB: "2024-02-29"}, true},
		{"29 February, common year", "x@example.com", Patient{DOB: "2023-02-29"}, false},
		{"trailing text", "x@example.com", Patient{DOB: "1984-03-27x"}, false},
		{"bad phone", "x@example.com", Patient{Phone: "555-0100"}, false},
		{"bad email", "+15550001111", Patient{Email: "pat at example"}, false},
		{"bad address", "nobody", Patient{DOB: "1984-03-27"}, false},
		{"empty address", " ", Patient{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := PutPatient(ctx, e.v, tc.addr, tc.p)
			if (err == nil) != tc.ok {
				t.Fatalf("PutPatient: %v, want ok=%v", err, tc.ok)
			}
			if err != nil && strings.Contains(err.Error(), tc.p.DOB+tc.p.Phone+tc.p.Email) && tc.p.DOB+tc.p.Phone+tc.p.Email != "" {
				t.Errorf("error quotes the value: %v", err)
			}
		})
	}
	if p, err := GetPatient(ctx, e.v, "PAD@example.com"); err != nil || p.DOB != "1984-03-07" {
		t.Fatalf("stored DOB: %+v %v", p, err)
	}
	tok, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pad@example.com", queue.ChannelEmail)
	if r := e.client().verifyDOB(tok, "1984", "3", "7"); r.Code != 303 {
		t.Fatalf("verify against a normalised DOB: %d", r.Code)
	}
	tok2, _ := e.seal([]byte("Subject: x\r\n\r\nbody"), "pad@example.com", queue.ChannelEmail)
	if err := RemovePatient(ctx, e.v, "pad@example.com", "cli"); err != nil {
		t.Fatal(err)
	}
	if err := RemovePatient(ctx, e.v, "pad@example.com", "cli"); !errors.Is(err, vault.ErrNotFound) {
		t.Fatalf("second remove: %v", err)
	}
	if r := e.client().get("/s/" + tok2); !strings.Contains(r.Body, "Send me a code") || strings.Contains(r.Body, "date of birth") {
		t.Fatalf("landing after the entry is gone does not fall back to a code:\n%s", r.Body)
	}
	// The CLI's audited writes reach a landing page at once (the landing
	// pages' directory cache follows every write), and are validated alike.
	if err := SetPatients(ctx, e.v, map[string]Patient{"pad@example.com": {DOB: "1984-03-07"}}, "cli"); err != nil {
		t.Fatal(err)
	}
	if r := e.client().get("/s/" + tok2); !strings.Contains(r.Body, "date of birth") {
		t.Fatalf("landing after SetPatients still offers a code:\n%s", r.Body)
	}
	if err := SetPatients(ctx, e.v, map[string]Patient{"pad@example.com": {Phone: "555-0100"}}, "cli"); err == nil || strings.Contains(err.Error(), "555") {
		t.Fatalf("SetPatients with a bad phone: %v", err)
	}
}
