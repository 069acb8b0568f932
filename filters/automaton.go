package filters

import "math/bits"

// A dense Aho-Corasick automaton (a DFA: every state has a transition for
// every symbol class, failure links are folded in at build time).
//
// Why hand-written rather than a library: the scanner runs the automaton
// *while* the normaliser emits skeleton characters, one byte at a time, so it
// needs a step function, not a "find all in this []byte" call; it must not
// allocate per scan (the libraries return fresh match slices); and it needs
// every overlapping match with its end offset, because the boundary and
// context rules run after matching. A dense table over a compressed alphabet
// (~37 classes) is one add and one load per skeleton character; a compact
// copy of its letter columns (hot, below) is what plain words step. The
// comparison with github.com/petar-dambovaliev/aho-corasick is in
// bench_test.go and docs/benchmarks.md.

const (
	stateMask = 0x7fffffff
	outFlag   = -0x80000000 // high bit: the target state has outputs
)

type matcher struct {
	k     int        // number of symbol classes
	class [256]int32 // skeleton byte → class (0 = not in any pattern)
	// States are numbered breadth-first. The first nDense (the shallow ones
	// that ordinary text keeps visiting) have full rows in dense; deeper
	// states, which nearly always have one child, keep only their trie
	// children (CSR: cstart, ccls, cnext) and a failure link. That bounds
	// the table (2 MB of rows: about half the states of the default
	// lexicon) however large a directory of patient names grows it.
	// Targets carry outFlag when the state has outputs.
	//
	// Transitions hold state codes, not numbers: a dense state u is coded
	// u*k, its row offset, so a step is one add and one load with no
	// multiply in the dependency chain; a sparse state u is coded
	// ndk + (u - nDense). id turns a code back into a state number.
	nDense int32
	ndk    int32  // nDense * k: codes below it are dense rows
	recip  uint64 // 2^32/k rounded up: code/k as a multiply and a shift
	dense  []int32
	cstart []int32
	ccls   []int32
	cnext  []int32
	fail   []int32 // state → code of its failure state
	out    []int32 // state → first pattern ending exactly here, or -1
	dict   []int32 // state → nearest proper suffix state with outputs, or 0
	pnext  []int32 // pattern → next pattern ending at the same state, or -1
	plen   []int32 // pattern → length
	maxLen int32
	// starts, per state: bit L-1 set when a pattern of length L ending
	// there counts only from a word start (needStart); startsAny when some
	// pattern ending there may match anywhere, or is longer than 63.
	starts    []uint64
	needStart []bool // pattern → counts only when it starts a word (nil: none)
	// hot is a second, compact table for the first nHot states (all the
	// dense ones, up to hotMax-1), which the normaliser's fast path (plain
	// ASCII words: letters only) steps. Its rows have one uint16 entry per
	// letter class (hotW, padded: a row is one 64-byte cache line) instead
	// of an int32 per symbol class, so a state prose visits takes one line
	// rather than up to three of 148 bytes, and more of them stay in L1:
	// the automaton is a chain of dependent loads, each as slow as the
	// cache level it hits. An entry is a hot code, v*4 for hot state v
	// (its row v*32 is then one LEA away: st*8 + class), with hotOut set
	// when v has outputs, or hotEsc when the target is not hot (the step is
	// then taken again in dense or the sparse children). Row nHot is the
	// cold row: the fast path's code for every state outside the table (see
	// enter). See hotSlow and fastWords. 1 MB, whatever the lexicon.
	hot  *[hotLen]uint16
	nHot int32
}

// letterTab maps a byte to its lower-case letter (low byte) and that
// letter's symbol class (bits 16-23); 0 for every byte that is not an ASCII
// letter. Letters take the first classes in classOrder in every matcher,
// so one table serves all, and fastWords reads both with one load.
var letterTab = func() (t [256]uint32) {
	for i, c := range []byte(classOrder[:26]) {
		x := uint32(c) | uint32(i+1)<<16
		t[c], t[c-32] = x, x
	}
	return
}()

const (
	hotW   = 32      // entries per hot row; every letter class is below it
	hotOut = 1       // hot entry flag: the target state has outputs
	hotEsc = 2       // hot entry flag: the target is not hot
	hotMax = 1 << 14 // hot codes (v*4, flags in the low bits) fit a uint16
	// hotLen is the hot table's fixed size: any uint16 code's row (code*8)
	// plus any class byte is inside it, so the fast path's step needs no
	// bounds check against a length it would have to keep in a register.
	// The rows past the cold row are zero and never reached.
	hotLen = 1<<19 + 256
)

// enter turns a full state code (no outFlag) into the fast path's code: the
// hot code of a hot state, else the code of the cold row (whose entries all
// carry both flags, so the next step leaves for hotSlow), with the full
// code kept in s.cold.
func (m *matcher) enter(s *skel, code int32) int {
	if u := m.id(code); u < m.nHot {
		return int(u) * 4
	}
	s.cold = code
	return int(m.nHot) * 4
}

// leave is the inverse of enter.
func (m *matcher) leave(s *skel, hc int) int32 {
	if hc == int(m.nHot)*4 {
		return s.cold
	}
	return m.code(int32(hc >> 2))
}

// code returns the full code of state number u.
func (m *matcher) code(u int32) int32 {
	if u < m.nDense {
		return u * int32(m.k)
	}
	return m.ndk + u - m.nDense
}

// hotSlow takes the fast path's step from code hc for letter class c when
// it is not a plain hot transition: the hot entry carries a flag, or hc is
// a cold code. It emits the outputs of the target as ending at skeleton
// index end and returns the target's fast-path code.
func (m *matcher) hotSlow(s *skel, hc, c, end int) int {
	var full int32
	if hc == int(m.nHot)*4 {
		full = s.cold
		if full < m.ndk {
			full = m.dense[full+int32(c)]
		} else {
			full = m.step(full, int32(c))
		}
	} else {
		e := int(m.hot[hc*8+c])
		if e&hotEsc == 0 {
			e &^= hotOut
			m.emitState(s, int32(e>>2), int32(end), &s.hits)
			return e
		}
		full = m.dense[(hc>>2)*m.k+c] // hot states are dense
	}
	if full < 0 {
		full &= stateMask
		m.emit(s, full, int32(end), &s.hits)
	}
	return m.enter(s, full)
}

// step is the transition function for a sparse (deep) state code.
func (m *matcher) step(s, c int32) int32 {
	for s >= m.ndk {
		u := s - m.ndk + m.nDense
		for j := m.cstart[u]; j < m.cstart[u+1]; j++ {
			if m.ccls[j] == c {
				return m.cnext[j]
			}
		}
		s = m.fail[u]
	}
	return m.dense[s+c]
}

// id returns the state number of a code (without outFlag).
func (m *matcher) id(code int32) int32 {
	if code < m.ndk {
		return int32((uint64(code) * m.recip) >> 32)
	}
	return code - m.ndk + m.nDense
}

// run walks the whole skeleton once from the root. Scans do not call it:
// the normaliser steps the automaton as it emits (skel.step, fastWords);
// run is the oracle the tests hold that against.
func (m *matcher) run(sk *skel) {
	m.walkFrom(sk, 0, sk.n, 0, -1, &sk.hits)
}

// walkFrom runs from state st over b[from:to], reporting matches ending
// after minEnd, and returns the state it ends in.
func (m *matcher) walkFrom(sk *skel, from, to int, st int32, minEnd int, dst *[]hit) int32 {
	b := sk.b[:to]
	dense := m.dense
	cls := &m.class
	nd := m.ndk
	for i := from; i < to; i++ {
		if st < nd {
			st = dense[st+cls[b[i]]]
		} else {
			st = m.step(st, cls[b[i]])
		}
		if st >= 0 {
			continue
		}
		st &= stateMask
		if i+1 > minEnd {
			m.emit(sk, st, int32(i+1), dst)
		}
	}
	return st
}

// emit appends the hits of every pattern ending at state code st.
func (m *matcher) emit(sk *skel, st, end int32, dst *[]hit) {
	m.emitState(sk, m.id(st), end, dst)
}

// emitState appends the hits of every pattern ending at state u. Most
// output states that ordinary text reaches hold only short patterns that
// must start a word ("rn", "iv" inside "morning", "give"): starts says at
// which distances such a pattern would start, so those are turned away
// with a flag test or two.
func (m *matcher) emitState(sk *skel, u, end int32, dst *[]hit) {
	f, needStart := sk.f, m.needStart
	if ms := m.starts[u]; ms&startsAny == 0 {
		for ; ms != 0; ms &= ms - 1 {
			if s := end - int32(bits.TrailingZeros64(ms)) - 1; s >= 0 && f[s]&flagStart != 0 {
				goto all
			}
		}
		return
	}
all:
	for t := u; t > 0; t = m.dict[t] {
		for p := m.out[t]; p >= 0; p = m.pnext[p] {
			if needStart != nil && needStart[p] {
				if s := end - m.plen[p]; s < 0 || f[s]&flagStart == 0 {
					continue
				}
			}
			*dst = append(*dst, hit{p: p, end: end})
		}
	}
}

// classOrder lists skeleton bytes by how often English prose uses them.
const classOrder = "etaoinsrhldcumfpgwybvkxjqz0123456789"

// buildMatcher compiles patterns (skeleton byte strings) into a DFA. Pattern
// i is reported as i.
func buildMatcher(pats [][]byte) *matcher {
	return buildMatcherDense(pats, 2048<<10, hotStates)
}

// hotStates bounds the hot table (64 bytes a state).
const hotStates = hotMax

// buildMatcherDense is buildMatcher with a byte budget for dense rows and a
// number of hot states.
func buildMatcherDense(pats [][]byte, denseBytes, hotStates int) *matcher {
	m := &matcher{}
	// alphabet compression. Classes are numbered in order of English
	// letter frequency, so the transitions prose takes most sit together at
	// the front of each row: fewer cache lines per hot state.
	used := [256]bool{}
	for _, p := range pats {
		for _, c := range p {
			used[c] = true
		}
	}
	k := 1
	for _, c := range []byte(classOrder) {
		// every letter has its class, used or not (letterTab)
		if (used[c] || c >= 'a' && c <= 'z') && m.class[c] == 0 {
			m.class[c] = int32(k)
			k++
		}
	}
	for c := range used {
		if used[c] && m.class[c] == 0 {
			m.class[c] = int32(k)
			k++
		}
	}
	m.k = k
	total := 1
	for _, p := range pats {
		total += len(p)
	}
	tr := make([]int32, k, total*k/2+k)
	m.out = make([]int32, 1, total/2+1)
	m.out[0] = -1
	m.pnext = make([]int32, len(pats))
	m.plen = make([]int32, len(pats))
	for i, p := range pats {
		m.plen[i] = int32(len(p))
		m.maxLen = max(m.maxLen, int32(len(p)))
	}
	// trie
	for i, p := range pats {
		s := int32(0)
		for _, c := range p {
			idx := int(s)*k + int(m.class[c])
			nx := tr[idx]
			if nx == 0 {
				nx = int32(len(m.out))
				tr[idx] = nx
				tr = append(tr, make([]int32, k)...)
				m.out = append(m.out, -1)
			}
			s = nx
		}
		m.pnext[i] = m.out[s]
		m.out[s] = int32(i)
	}
	n := len(m.out)
	fail := make([]int32, n)
	m.dict = make([]int32, n)
	queue := make([]int32, 0, n)
	edges := make([][3]int32, 0, n) // trie edges below depth 1: parent, class, child
	for c := 0; c < k; c++ {
		if v := tr[c]; v != 0 {
			queue = append(queue, v)
		}
	}
	for qi := 0; qi < len(queue); qi++ {
		u := queue[qi]
		fu := fail[u]
		row := tr[int(u)*k : int(u)*k+k]
		frow := tr[int(fu)*k : int(fu)*k+k]
		for c := 0; c < k; c++ {
			v := row[c]
			if v != 0 { // trie child (rows are filled only when their state is processed)
				edges = append(edges, [3]int32{u, int32(c), v})
				fv := frow[c]
				fail[v] = fv
				if m.out[fv] >= 0 {
					m.dict[v] = fv
				} else {
					m.dict[v] = m.dict[fv]
				}
				queue = append(queue, v)
			} else {
				row[c] = frow[c]
			}
		}
	}
	// renumber states breadth-first
	perm := make([]int32, n)
	for i, u := range queue {
		perm[u] = int32(i + 1)
	}
	hasOut := make([]bool, n)
	for u := 1; u < n; u++ {
		hasOut[u] = m.out[u] >= 0 || m.dict[u] > 0
	}
	nd := n
	if max := denseBytes / (4 * k); nd > max {
		nd = max
	}
	if nd < 1 {
		nd = 1
	}
	m.nDense = int32(nd)
	m.ndk = int32(nd * k)
	m.recip = (1<<32)/uint64(k) + 1
	code := func(nu int32) int32 {
		if int(nu) < nd {
			return nu * int32(k)
		}
		return m.ndk + nu - int32(nd)
	}
	target := func(old int32) int32 {
		if hasOut[old] {
			return code(perm[old]) | outFlag
		}
		return code(perm[old])
	}
	m.dense = make([]int32, nd*k)
	out, dict, nfail := make([]int32, n), make([]int32, n), make([]int32, n)
	for u := 0; u < n; u++ {
		nu := int(perm[u])
		if nu < nd {
			for c := 0; c < k; c++ {
				m.dense[nu*k+c] = target(tr[u*k+c])
			}
		}
		out[nu] = m.out[u]
		dict[nu] = perm[m.dict[u]]
		nfail[nu] = code(perm[fail[u]])
	}
	m.out, m.dict, m.fail = out, dict, nfail
	m.buildHot(hotStates)
	m.setNeedStart(nil)
	// CSR children for the sparse states (edges are in BFS order of parents)
	m.cstart = make([]int32, n+1)
	for _, e := range edges {
		if np := perm[e[0]]; int(np) >= nd {
			m.cstart[np+1]++
		}
	}
	for i := 1; i <= n; i++ {
		m.cstart[i] += m.cstart[i-1]
	}
	fill := make([]int32, n)
	copy(fill, m.cstart[:n])
	m.ccls = make([]int32, m.cstart[n])
	m.cnext = make([]int32, m.cstart[n])
	for _, e := range edges {
		np := perm[e[0]]
		if int(np) < nd {
			continue
		}
		j := fill[np]
		fill[np]++
		m.ccls[j] = e[1]
		m.cnext[j] = target(e[2])
	}
	return m
}

const startsAny = 1 << 63

// setNeedStart sets which patterns count only from a word start (nil:
// none) and fills starts.
func (m *matcher) setNeedStart(needStart []bool) {
	m.needStart = needStart
	m.starts = make([]uint64, len(m.out))
	for u := range m.starts {
		var ms uint64
		for t := int32(u); t > 0; t = m.dict[t] {
			for p := m.out[t]; p >= 0; p = m.pnext[p] {
				if l := m.plen[p]; needStart != nil && needStart[p] && l <= 63 {
					ms |= 1 << (l - 1)
				} else {
					ms |= startsAny
				}
			}
		}
		m.starts[u] = ms
	}
}

// buildHot fills the hot table for the first min(nDense, states) states
// (breadth-first, so the shallow ones prose visits most), and the cold row
// after them.
func (m *matcher) buildHot(states int) {
	for c := 'a'; c <= 'z'; c++ {
		if m.class[c] >= hotW {
			return // cannot happen: letters take the first classes
		}
	}
	nh := min(int(m.nDense), states, hotMax-1)
	m.nHot = int32(nh)
	m.hot = new([hotLen]uint16)
	k := m.k
	for v := 0; v <= nh; v++ {
		row := m.hot[v*hotW : v*hotW+hotW]
		for c := range row {
			if v == nh || c >= k {
				row[c] = hotOut | hotEsc // the cold row; no letter has class c
				continue
			}
			t := m.dense[v*k+c]
			switch u := m.id(t & stateMask); {
			case u >= m.nHot:
				row[c] = hotEsc
			case t < 0:
				row[c] = uint16(u*4) | hotOut
			default:
				row[c] = uint16(u * 4)
			}
		}
	}
}
