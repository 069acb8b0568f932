package vault

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// MasterKeySource says where the master key came from.
type MasterKeySource string

const (
	KeyFromEnv  MasterKeySource = "env"
	KeyFromFile MasterKeySource = "file"
	KeyDevFile  MasterKeySource = "dev" // generated into the data dir
)

// DevKeyFile is the development master key's name inside the data dir.
const DevKeyFile = "master.key"

// LoadMasterKey resolves the master key: PHIGATE_MASTER_KEY (base64 of 32
// bytes) when envValue is non-empty, else keyFile (must be mode 0600), else a
// development key in dataDir, generated on first use.
func LoadMasterKey(envValue, keyFile, dataDir string) ([]byte, MasterKeySource, error) {
	if envValue != "" {
		k, err := decodeKey(envValue)
		if err != nil {
			return nil, "", fmt.Errorf("PHIGATE_MASTER_KEY: %w", err)
		}
		return k, KeyFromEnv, nil
	}
	if keyFile != "" {
		k, err := readKeyFile(keyFile)
		if err != nil {
			return nil, "", fmt.Errorf("vault.master_key_file: %w", err)
		}
		return k, KeyFromFile, nil
	}
	p := filepath.Join(dataDir, DevKeyFile)
	k, err := readKeyFile(p)
	if err == nil {
		return k, KeyDevFile, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("dev master key %s: %w", p, err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, "", fmt.Errorf("data dir: %w", err)
	}
	k = make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, "", err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, "", fmt.Errorf("dev master key: %w", err)
	}
	if _, err := f.WriteString(base64.StdEncoding.EncodeToString(k) + "\n"); err != nil {
		f.Close()
		return nil, "", err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, "", err
	}
	if err := f.Close(); err != nil {
		return nil, "", err
	}
	return k, KeyDevFile, nil
}

func readKeyFile(p string) ([]byte, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s has mode %04o; it must be 0600 (chmod 600 %s)", p, st.Mode().Perm(), p)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	k, err := decodeKey(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return k, nil
}

func decodeKey(s string) ([]byte, error) {
	k, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, errors.New("not valid base64")
	}
	if len(k) != 32 {
		return nil, fmt.Errorf("want 32 bytes, got %d", len(k))
	}
	return k, nil
}
