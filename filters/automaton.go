package filters

// A dense Aho-Corasick automaton (a DFA: every state has a transition for
// every symbol class, failure links are folded in at build time).
//
// Why hand-written rather than a library: the scanner runs the automaton
// *while* the normaliser emits skeleton characters, one byte at a time, so it
// needs a step function, not a "find all in this []byte" call; it must not
// allocate per scan (the libraries return fresh match slices); and it needs
// every overlapping match with its end offset, because the boundary and
// context rules run after matching. A dense table over a compressed alphabet
// (~37 classes) is one load per input byte. The comparison with
// github.com/petar-dambovaliev/aho-corasick and github.com/cloudflare/ahocorasick
// is in bench_test.go and docs/benchmarks-filters.md.

const (
	stateMask = 0x7fffffff
	outFlag   = -0x80000000 // high bit: the target state has outputs
)

type matcher struct {
	k     int        // number of symbol classes
	class [256]uint8 // skeleton byte → class (0 = not in any pattern)
	trans []int32    // state*k + class → next state, high bit set if it has outputs
	out   []int32    // state → first pattern ending exactly here, or -1
	dict  []int32    // state → nearest proper suffix state with outputs, or 0
	pnext []int32    // pattern → next pattern ending at the same state, or -1
}

// collect appends a hit for every pattern that ends at state st.
func (m *matcher) collect(hits []hit, st int32, end, rawEnd int32) []hit {
	for t := st; t > 0; t = m.dict[t] {
		for p := m.out[t]; p >= 0; p = m.pnext[p] {
			hits = append(hits, hit{p: p, end: end, rawEnd: rawEnd})
		}
	}
	return hits
}

// buildMatcher compiles patterns (skeleton byte strings) into a DFA. Pattern
// i is reported as i.
func buildMatcher(pats [][]byte) *matcher {
	m := &matcher{}
	// alphabet compression
	k := 1
	for _, p := range pats {
		for _, c := range p {
			if m.class[c] == 0 {
				m.class[c] = uint8(k)
				k++
			}
		}
	}
	m.k = k
	total := 1
	for _, p := range pats {
		total += len(p)
	}
	m.trans = make([]int32, k, total*k/2+k)
	m.out = make([]int32, 1, total/2+1)
	m.out[0] = -1
	m.pnext = make([]int32, len(pats))
	// trie
	for i, p := range pats {
		s := int32(0)
		for _, c := range p {
			idx := int(s)*k + int(m.class[c])
			nx := m.trans[idx]
			if nx == 0 {
				nx = int32(len(m.out))
				m.trans[idx] = nx
				m.trans = append(m.trans, make([]int32, k)...)
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
	for c := 0; c < k; c++ {
		if v := m.trans[c]; v != 0 {
			queue = append(queue, v)
		}
	}
	for qi := 0; qi < len(queue); qi++ {
		u := queue[qi]
		fu := fail[u]
		row := m.trans[int(u)*k : int(u)*k+k]
		frow := m.trans[int(fu)*k : int(fu)*k+k]
		for c := 0; c < k; c++ {
			v := row[c]
			if v != 0 { // trie child (rows are filled only when their state is processed)
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
	// flag transitions into states that have outputs
	for i, v := range m.trans {
		if v != 0 && (m.out[v] >= 0 || m.dict[v] > 0) {
			m.trans[i] = v | outFlag
		}
	}
	return m
}
