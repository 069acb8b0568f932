package apikeys

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
)

func openVault(t *testing.T, dir string) *vault.Vault {
	t.Helper()
	v, err := vault.Open(context.Background(), vault.Options{Dir: dir, MasterKey: bytes.Repeat([]byte{3}, 32),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

var alnum = regexp.MustCompile(`^[A-Za-z0-9]+$`)

func TestAddAuthenticate(t *testing.T) {
	ctx := context.Background()
	v := openVault(t, t.TempDir())
	defer v.Close()

	id, secret, err := Add(ctx, v, "ehr", "cli")
	if err != nil {
		t.Fatal(err)
	}
	if !ValidID(id) || len(secret) != SecretLen || !alnum.MatchString(secret) || !alnum.MatchString(id) {
		t.Fatalf("id %q secret len %d: not Twilio-SDK-safe credentials", id, len(secret))
	}
	k, err := Authenticate(ctx, v, id, secret)
	if err != nil || k.Name != "ehr" || k.ID != id {
		t.Fatalf("Authenticate = %v, %v", k, err)
	}
	// the secret is stored nowhere
	err = v.Scan(ctx, vault.KSAPIKey, "", func(_ string, val []byte) error {
		if bytes.Contains(val, []byte(secret)) {
			t.Errorf("secret stored in plain text")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// the wrong secret differs from the real one in exactly its last
	// character, whatever that character was (a fixed "x" matched it one
	// run in 62)
	last := "x"
	if secret[SecretLen-1] == 'x' {
		last = "y"
	}
	for _, tc := range []struct {
		name, id, secret string
	}{
		{"wrong secret", id, secret[:SecretLen-1] + last},
		{"empty secret", id, ""},
		{"unknown id", "SK" + strings.Repeat("0", 32), secret},
		{"malformed id", "AC" + id[2:], secret},
		{"long secret", id, strings.Repeat("a", 300)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Authenticate(ctx, v, tc.id, tc.secret); !errors.Is(err, ErrAuth) {
				t.Fatalf("err = %v, want ErrAuth", err)
			}
		})
	}

	// two keys are independent and listed
	id2, _, err := Add(ctx, v, "booking", "cli")
	if err != nil || id2 == id {
		t.Fatalf("second key: %v %v", id2, err)
	}
	keys, err := List(ctx, v)
	if err != nil || len(keys) != 2 {
		t.Fatalf("List = %d keys, %v", len(keys), err)
	}

	// an audit event per key, naming it by ID, never the secret
	n := 0
	err = v.AuditExport(ctx, k.Created.Add(-1e9), k.Created.Add(1e12), func(e audit.Event) error {
		if e.Action == audit.ActAPIKeyAdded {
			n++
			if strings.Contains(e.Detail, secret) {
				t.Errorf("audit detail carries the secret")
			}
		}
		return nil
	})
	if err != nil || n != 2 {
		t.Fatalf("audit events: %d, %v", n, err)
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"ehr", true}, {"booking-app_2.1", true}, {"", false}, {strings.Repeat("a", 65), false},
		{"has space", false}, {"new\nline", false}, {"émoji", false}, {"a=b", false},
	} {
		if ValidName(tc.name) != tc.ok {
			t.Errorf("ValidName(%q) = %v", tc.name, !tc.ok)
		}
	}
	v := openVault(t, t.TempDir())
	defer v.Close()
	if _, _, err := Add(context.Background(), v, "bad name", "cli"); !errors.Is(err, ErrBadName) {
		t.Fatalf("bad name accepted: %v", err)
	}
}

func TestAccountSID(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	v := openVault(t, dir)
	if sid, err := AccountSID(ctx, v, "AC0123"); err != nil || sid != "AC0123" {
		t.Fatalf("configured: %q %v", sid, err)
	}
	a, err := AccountSID(ctx, v, "")
	if err != nil || !regexp.MustCompile(`^AC[0-9a-f]{32}$`).MatchString(a) {
		t.Fatalf("generated: %q %v", a, err)
	}
	b, _ := AccountSID(ctx, v, "")
	v.Close()
	v = openVault(t, dir)
	defer v.Close()
	c, _ := AccountSID(ctx, v, "")
	if a != b || a != c {
		t.Fatalf("account SID not stable: %s %s %s", a, b, c)
	}
}

func TestSecretUniform(t *testing.T) {
	// Every base62 character shows up, and none outside the alphabet.
	seen := map[byte]int{}
	for i := 0; i < 400; i++ {
		s, err := newSecret()
		if err != nil {
			t.Fatal(err)
		}
		for j := 0; j < len(s); j++ {
			seen[s[j]]++
		}
	}
	if len(seen) != 62 {
		t.Fatalf("%d distinct characters, want 62", len(seen))
	}
}

func TestDisableEnable(t *testing.T) {
	ctx := context.Background()
	v := openVault(t, t.TempDir())
	defer v.Close()
	id, secret, err := Add(ctx, v, "ehr", "cli")
	if err != nil {
		t.Fatal(err)
	}
	other, otherSecret, err := Add(ctx, v, "booking", "cli")
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		disabled, changed bool
		authOK            bool
	}{
		{true, true, false},
		{true, false, false}, // disabling twice is a no-op, not an error or a second event
		{false, true, true},
	}
	for i, st := range steps {
		changed, err := SetDisabled(ctx, v, id, st.disabled, "cli")
		if err != nil || changed != st.changed {
			t.Fatalf("step %d: changed=%v, %v", i, changed, err)
		}
		_, err = Authenticate(ctx, v, id, secret)
		if st.authOK != (err == nil) {
			t.Fatalf("step %d (disabled=%v): Authenticate err = %v", i, st.disabled, err)
		}
		if !st.authOK && !errors.Is(err, ErrAuth) {
			t.Fatalf("step %d: disabled key answered %v, want ErrAuth", i, err)
		}
		// the other key is untouched
		if _, err := Authenticate(ctx, v, other, otherSecret); err != nil {
			t.Fatalf("step %d: other key: %v", i, err)
		}
	}
	if _, err := SetDisabled(ctx, v, "SK"+strings.Repeat("0", 32), true, "cli"); !errors.Is(err, vault.ErrNotFound) {
		t.Fatalf("unknown id: %v", err)
	}
	if _, err := SetDisabled(ctx, v, "not-an-id", true, "cli"); !errors.Is(err, vault.ErrNotFound) {
		t.Fatalf("malformed id: %v", err)
	}
	var details []string
	err = v.AuditExport(ctx, v.Now().Add(-time.Hour), v.Now().Add(time.Hour), func(e audit.Event) error {
		if e.Action == audit.ActAPIKeyChanged {
			if len(e.Objects) != 1 || e.Objects[0] != "apikey:"+id {
				t.Errorf("event objects %v", e.Objects)
			}
			details = append(details, e.Detail)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"disabled name=ehr", "enabled name=ehr"}; strings.Join(details, "|") != strings.Join(want, "|") {
		t.Fatalf("audit details %q, want %q", details, want)
	}
}
