package vault

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMasterKey(t *testing.T) {
	good := bytes.Repeat([]byte{0x42}, 32)
	goodB64 := base64.StdEncoding.EncodeToString(good)
	type setup struct {
		env     string
		file    string // content of the key file ("" = no file configured)
		mode    os.FileMode
		devFile string // existing dev key content
		devMode os.FileMode
	}
	tests := []struct {
		name    string
		s       setup
		want    []byte // nil: a fresh random key is expected
		src     MasterKeySource
		errHas  []string
		devMade bool
	}{
		{name: "env", s: setup{env: goodB64}, want: good, src: KeyFromEnv},
		{name: "env with newline", s: setup{env: goodB64 + "\n"}, want: good, src: KeyFromEnv},
		{name: "env wins over file", s: setup{env: goodB64, file: base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{1}, 32)), mode: 0o600}, want: good, src: KeyFromEnv},
		{name: "env not base64", s: setup{env: "not*base64"}, errHas: []string{"PHIGATE_MASTER_KEY", "not valid base64", "32 random bytes"}},
		{name: "env too short", s: setup{env: base64.StdEncoding.EncodeToString(good[:16])}, errHas: []string{"PHIGATE_MASTER_KEY", "16 bytes, want 32"}},
		{name: "file 0600", s: setup{file: goodB64 + "\n", mode: 0o600}, want: good, src: KeyFromFile},
		{name: "file 0400", s: setup{file: goodB64, mode: 0o400}, want: good, src: KeyFromFile},
		{name: "file 0644 refused", s: setup{file: goodB64, mode: 0o644}, errHas: []string{"vault.master_key_file", "master.b64", "mode 0644", "must be 0600", "chmod 600"}},
		{name: "file 0640 refused", s: setup{file: goodB64, mode: 0o640}, errHas: []string{"mode 0640", "chmod 600"}},
		{name: "file garbage", s: setup{file: "hello", mode: 0o600}, errHas: []string{"vault.master_key_file", "master.b64", "base64"}},
		{name: "file too large", s: setup{file: strings.Repeat("A", 5000), mode: 0o600}, errHas: []string{"larger than 4096 bytes"}},
		{name: "dev key generated", s: setup{}, src: KeyDevFile, devMade: true},
		{name: "dev key reused", s: setup{devFile: goodB64 + "\n", devMode: 0o600}, want: good, src: KeyDevFile},
		{name: "dev key loosened refused", s: setup{devFile: goodB64, devMode: 0o644}, errHas: []string{"dev master key", "master.key", "chmod 600"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tmp := t.TempDir()
			dataDir := filepath.Join(tmp, "data")
			keyFile := ""
			if tc.s.file != "" {
				keyFile = filepath.Join(tmp, "master.b64")
				if err := os.WriteFile(keyFile, []byte(tc.s.file), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(keyFile, tc.s.mode); err != nil {
					t.Fatal(err)
				}
			}
			if tc.s.devFile != "" {
				if err := os.MkdirAll(dataDir, 0o700); err != nil {
					t.Fatal(err)
				}
				p := filepath.Join(dataDir, DevKeyFile)
				if err := os.WriteFile(p, []byte(tc.s.devFile), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(p, tc.s.devMode); err != nil {
					t.Fatal(err)
				}
			}
			k, src, err := LoadMasterKey(tc.s.env, keyFile, dataDir)
			if tc.errHas != nil {
				if err == nil {
					t.Fatalf("accepted (source %s), want an error", src)
				}
				for _, s := range tc.errHas {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not mention %q", err, s)
					}
				}
				if k != nil {
					t.Errorf("error with a key")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if src != tc.src || len(k) != 32 || (tc.want != nil && !bytes.Equal(k, tc.want)) {
				t.Errorf("got source %s key %x", src, k)
			}
			if tc.devMade {
				p := filepath.Join(dataDir, DevKeyFile)
				st, err := os.Stat(p)
				if err != nil || st.Mode().Perm() != 0o600 {
					t.Fatalf("dev key file: %v mode %v, want 0600", err, st.Mode().Perm())
				}
				if st, err := os.Stat(dataDir); err != nil || st.Mode().Perm() != 0o700 {
					t.Errorf("data dir mode %v, want 0700", st.Mode().Perm())
				}
				if bytes.Equal(k, make([]byte, 32)) {
					t.Error("dev key is all zeros")
				}
				// The second run reads the same key.
				k2, src2, err := LoadMasterKey("", "", dataDir)
				if err != nil || src2 != KeyDevFile || !bytes.Equal(k, k2) {
					t.Errorf("second load: %v %s, same key %v", err, src2, bytes.Equal(k, k2))
				}
			}
		})
	}
}
