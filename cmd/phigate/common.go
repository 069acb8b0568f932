package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/vault"
)

// loadConfig loads the config file (may be "") with env overrides. A
// command run by the server on behalf of the admin socket gets the server's
// own config instead.
func loadConfig(env *Env, path string) (*configs.Config, error) {
	if env.serverConfig != nil {
		return env.serverConfig, nil
	}
	return configs.Load(path, env.Environ)
}

func getenv(env *Env, key string) string {
	for _, kv := range env.Environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// openVault resolves the master key and opens the vault in cfg.DataDir.
func openVault(ctx context.Context, env *Env, cfg *configs.Config, log *slog.Logger) (*vault.Vault, error) {
	if env.serverVault != nil {
		return env.serverVault.Borrow(), nil
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data_dir: %w", err)
	}
	key, src, err := vault.LoadMasterKey(getenv(env, "PHIGATE_MASTER_KEY"), cfg.Vault.MasterKeyFile, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if src == vault.KeyDevFile {
		const msg = "USING A DEVELOPMENT MASTER KEY stored beside the data it protects; set PHIGATE_MASTER_KEY or vault.master_key_file before real patient data arrives"
		file := filepath.Join(cfg.DataDir, vault.DevKeyFile)
		// Loud means seen: a log level above warn must not hide it.
		if log.Enabled(ctx, slog.LevelWarn) {
			log.Warn(msg, "file", file)
		} else {
			fmt.Fprintf(env.Stderr, "phigate: WARNING: %s (%s)\n", msg, file)
		}
	}
	minFree, _ := configs.ParseBytes(cfg.Vault.MinFree) // validated by Load
	return vault.Open(ctx, vault.Options{
		Dir: cfg.DataDir + "/db", MasterKey: key, Logger: log,
		RecordRetention: cfg.Vault.Retention, AuditRetention: cfg.Audit.Retention, MinFreeBytes: minFree,
	})
}

// newLogger builds the process logger from config.
func newLogger(env *Env, cfg *configs.Config) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.LogLevel))
	o := &slog.HandlerOptions{Level: lvl}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(env.Stderr, o))
	}
	return slog.New(slog.NewTextHandler(env.Stderr, o))
}
