import os, re, sys, email, unicodedata
from email import policy
sys.path.insert(0, '/tmp/blind/_build')
from vocab import PATIENTS, PROCS, RX, CONDITIONS
B='/tmp/blind'
def text_of(path):
    raw=open(path,'rb').read()
    if path.endswith('.txt'): return raw.decode('utf-8'), {}
    m=email.message_from_bytes(raw, policy=policy.default)
    parts={'subject':str(m['subject']),'to':str(m['to'])}
    for i,p in enumerate(m.walk()):
        if p.is_multipart(): continue
        ct=p.get_content_type()
        if ct.startswith('text/'):
            parts['%d:%s'%(i,ct)]=p.get_content()
        else:
            parts['%d:%s'%(i,ct)]='<binary %s>'%p.get_filename()
    return "\n".join(parts.values()), parts
terms = [t for t,_ in PROCS]+RX+[c.replace('a ','',1) if c.startswith('a ') else c for c in CONDITIONS]
extra = ['botox','filler','juvederm','restylane','post-op','postop','suture','swelling','bruis','before and after','before & after','consult','treatment plan','lab result','lipo','peel','lift','implant','laser','injection','inject','tox','surgery','incision','IV ','drip','semaglutide','weight loss','hormone','DOB','date of birth','born','SSN','MRN','member id','patient id','chart']
bad=0
for fn in sorted(os.listdir(B+'/clean')):
    t,parts=text_of(B+'/clean/'+fn)
    low=unicodedata.normalize('NFKC',t).lower()
    hits=[x for x in terms+extra if x.lower() in low]
    names=[p for p in PATIENTS if p.lower() in low or (p.split()[1]+', '+p.split()[0]).lower() in low]
    nums=re.findall(r'\b(?:\d[ -]?){13,16}\b', t)
    if hits or names or nums or any('image' in k or 'application' in k for k in parts):
        print(fn, hits, names, nums); bad+=1
print('flagged clean', bad)
