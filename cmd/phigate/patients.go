package main

// phigate patients add|import|remove: the patient directory the portal
// checks dates of birth against, routes one-time codes by (email link →
// SMS code), and the scanner learns patient names from.

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/phigate/phigate/portal"
	"github.com/phigate/phigate/vault"
)

const patientsUsage = `usage:
  phigate patients add    [--config FILE] --address ADDR [--dob YYYY-MM-DD] [--name NAME] [--phone E164] [--email EMAIL]
  phigate patients import [--config FILE] --csv FILE|-   (header: address,dob,name,phone,email; address required)
  phigate patients remove [--config FILE] --address ADDR
ADDR is what notices are sent to: an email address or an E.164 phone number.`

// importBatch bounds one commit of an import (a Badger transaction holds a
// few MB).
const importBatch = 1000

// maxImportBytes bounds a CSV import.
const maxImportBytes = 64 << 20

func cmdPatients(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, patientsUsage)
		return 2
	}
	sub := args[0]
	fs := flag.NewFlagSet("patients "+sub, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	cfgPath := fs.String("config", "", "config file (default: embedded defaults)")
	addr := fs.String("address", "", "the patient's email address or E.164 number")
	var p portal.Patient
	csvPath := ""
	switch sub {
	case "add":
		fs.StringVar(&p.DOB, "dob", "", "date of birth, YYYY-MM-DD")
		fs.StringVar(&p.Name, "name", "", "full name (the scanner treats it as PHI)")
		fs.StringVar(&p.Phone, "phone", "", "phone for one-time codes when the link went by email")
		fs.StringVar(&p.Email, "email", "", "email for one-time codes when the link went by SMS")
	case "import":
		fs.StringVar(&csvPath, "csv", "", "CSV file, or - for standard input")
	case "remove":
	default:
		fmt.Fprintln(env.Stderr, patientsUsage)
		return 2
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if (sub != "import" && *addr == "") || (sub == "import" && csvPath == "") {
		fmt.Fprintln(env.Stderr, patientsUsage)
		return 2
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate patients: %v\n", err)
		return 1
	}
	var entries []map[string]portal.Patient
	if sub == "import" {
		var in io.Reader = env.Stdin
		if csvPath != "-" {
			f, err := os.Open(csvPath)
			if err != nil {
				fmt.Fprintf(env.Stderr, "phigate patients: %v\n", err)
				return 1
			}
			defer f.Close()
			in = f
		}
		entries, err = readPatientsCSV(io.LimitReader(in, maxImportBytes))
		if err != nil {
			fmt.Fprintf(env.Stderr, "phigate patients import: %v\n", err)
			return 1
		}
	}
	v, err := openVault(ctx, env, cfg, newLogger(env, cfg))
	if err != nil {
		fmt.Fprintf(env.Stderr, "phigate patients: %v\n", err)
		return 1
	}
	defer v.Close()
	switch sub {
	case "add":
		err = portal.SetPatients(ctx, v, map[string]portal.Patient{*addr: p}, "cli")
		if err == nil {
			fmt.Fprintln(env.Stdout, "patient directory: 1 entry stored")
		}
	case "remove":
		err = portal.RemovePatient(ctx, v, *addr, "cli")
		if errors.Is(err, vault.ErrNotFound) {
			err = errors.New("no directory entry for that address")
		}
		if err == nil {
			fmt.Fprintln(env.Stdout, "patient directory: 1 entry removed")
		}
	case "import":
		n := 0
		for _, chunk := range entries {
			if err = portal.SetPatients(ctx, v, chunk, "cli"); err != nil {
				break
			}
			n += len(chunk)
		}
		fmt.Fprintf(env.Stdout, "patient directory: %d entries stored\n", n)
	}
	if err != nil {
		// Errors name fields and rows, never the values.
		fmt.Fprintf(env.Stderr, "phigate patients %s: %v\n", sub, err)
		return 1
	}
	if env.serverVault == nil {
		fmt.Fprintln(env.Stdout, "a running phigate picks up new patient names on SIGHUP")
	}
	return 0
}

// readPatientsCSV parses an import into commit-sized chunks.
func readPatientsCSV(r io.Reader) ([]map[string]portal.Patient, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading the header row: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	if _, ok := col["address"]; !ok {
		return nil, errors.New(`the header row needs an "address" column`)
	}
	field := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var out []map[string]portal.Patient
	cur := map[string]portal.Patient{}
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("row %d: malformed CSV", pe.Line)
			}
			return nil, err
		}
		addr := field(rec, "address")
		if addr == "" {
			return nil, fmt.Errorf("row %d: empty address", row)
		}
		p := portal.Patient{DOB: field(rec, "dob"), Name: field(rec, "name"), Phone: field(rec, "phone"), Email: field(rec, "email")}
		if _, ok := portal.NormDOB(p.DOB); p.DOB != "" && !ok {
			return nil, fmt.Errorf("row %d: dob is not YYYY-MM-DD", row)
		}
		cur[addr] = p
		if len(cur) == importBatch {
			out = append(out, cur)
			cur = map[string]portal.Patient{}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}
