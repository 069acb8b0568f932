package main

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/phigate/phigate/vault/apikeys"
)

func TestAPIKeysAdd(t *testing.T) {
	e := newCLIEnv(t)
	code, out, errs := e.phigate(t, nil, "apikeys", "add", "--name", "ehr")
	if code != 0 {
		t.Fatalf("apikeys add: %d %s", code, errs)
	}
	id := regexp.MustCompile(`API key SID:\s+(SK[0-9a-f]{32})`).FindStringSubmatch(out)
	secret := regexp.MustCompile(`API secret:\s+([A-Za-z0-9]{32})`).FindStringSubmatch(out)
	account := regexp.MustCompile(`Account SID:\s+(AC[0-9a-f]{32})`).FindStringSubmatch(out)
	if id == nil || secret == nil || account == nil {
		t.Fatalf("output lacks id, secret or account SID:\n%s", out)
	}
	if !strings.Contains(out, "/2010-04-01/Accounts/"+account[1]+"/Messages.json") {
		t.Fatalf("output lacks the endpoint:\n%s", out)
	}

	// The key works, and is listed without its secret.
	v := e.vault(t)
	if _, err := apikeys.Authenticate(context.Background(), v, id[1], secret[1]); err != nil {
		t.Fatalf("issued key does not authenticate: %v", err)
	}
	sid, err := apikeys.AccountSID(context.Background(), v, "")
	v.Close()
	if err != nil || sid != account[1] {
		t.Fatalf("printed account SID %s, stored %s (%v)", account[1], sid, err)
	}
	code, out, _ = e.phigate(t, nil, "apikeys", "list")
	if code != 0 || !strings.Contains(out, id[1]) || !strings.Contains(out, "ehr") || strings.Contains(out, secret[1]) {
		t.Fatalf("apikeys list: %d\n%s", code, out)
	}

	// A configured Twilio account SID is the one clients use.
	e.environ = append(e.environ, "PHIGATE_SMS_ACCOUNT_SID=AC"+strings.Repeat("7", 32))
	code, out, _ = e.phigate(t, nil, "apikeys", "add", "--name", "booking")
	if code != 0 || !strings.Contains(out, "Account SID:  AC"+strings.Repeat("7", 32)) {
		t.Fatalf("configured account SID not used: %d\n%s", code, out)
	}
}

func TestAPIKeysUsage(t *testing.T) {
	e := newCLIEnv(t)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"apikeys"}, 2},
		{[]string{"apikeys", "remove"}, 2},
		{[]string{"apikeys", "add"}, 2},
		{[]string{"apikeys", "add", "--name", "has space"}, 2},
		{[]string{"apikeys", "add", "--name", strings.Repeat("x", 65)}, 2},
		{[]string{"apikeys", "disable"}, 2},
		{[]string{"apikeys", "disable", "--id", "ehr"}, 2},
		{[]string{"apikeys", "enable", "--id", "SK" + strings.Repeat("0", 32), "extra"}, 2},
		{[]string{"apikeys", "disable", "--id", "SK" + strings.Repeat("0", 32)}, 1}, // no such key
	} {
		if code, _, _ := e.phigate(t, nil, tc.args...); code != tc.code {
			t.Errorf("%v: exit %d, want %d", tc.args, code, tc.code)
		}
	}
}

func TestAddAPIKeyCore(t *testing.T) {
	e := newCLIEnv(t)
	v := e.vault(t)
	defer v.Close()
	id, secret, err := addAPIKey(context.Background(), v, "ehr")
	if err != nil || !apikeys.ValidID(id) || len(secret) != apikeys.SecretLen {
		t.Fatalf("addAPIKey = %q, %d chars, %v", id, len(secret), err)
	}
	if _, _, err := addAPIKey(context.Background(), v, ""); err == nil {
		t.Fatal("empty name accepted")
	}
}
