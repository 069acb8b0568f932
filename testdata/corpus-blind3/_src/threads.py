# Pasted SMS threads (staff-sent, containing earlier conversation)
THREAD_PHI = [
("""[Staff 9:02 AM] Good morning! This is Kristen at Sculpt & Glow. Checking in after yesterday 😊
[Patient 9:15 AM] hiii im good!! lil sore
[Staff 9:16 AM] totally normal! any questions?
[Patient 9:40 AM] is it ok to wear a bra yet or still the surgical one
[Staff 9:41 AM] surgical one for 6 wks pls, no underwire until Dr. M clears you at the 6 wk post-op 💕
[Patient 9:42 AM] ok ty!!!""",
 "thread: post-op surgical bra (breast surgery)"),
("""Pasting our convo below so Dr. B has it:
me: hey how r u feeling
her: kinda lumpy on the left side of my lip??
me: send pic
her: [photo]
me: ok thats just swelling from the juvie, massage gently, ice 10 min
her: 👍""",
 "thread: lumpy lip after Juvederm + patient photo"),
("""> Patient (Tue 4:11pm): can i get my b o t o x before my wedding on the 18th or is that too close
Hi! We'd recommend at least 2 weeks before, so let's aim for the 1st or 2nd. Want me to grab a spot?""",
 "quoted part only: spaced-out 'b o t o x'"),
("""lol ok so recap for u:
- thurs 10am ✅
- bring ur ID + ins card
- no alcohol 24h before ✅
- ur tear trough filler is w/ Dr. Woo not Nikki this time
- parking in the back
lmk if any q's!!""",
 "tear trough filler buried in list"),
("""Staff: Your appt is confirmed for Monday 10am.
Patient: perfect! also is it normal that my stomach still looks swollen 3 wks out
Staff: Yes, swelling after CoolSculpting can last up to 4–6 weeks. We'll take a look Monday!""",
 "swelling after CoolSculpting"),
("""> On Sat, 2:14 PM, Patient wrote:
> does the ozempic make u lose hair?? mine is falling out so bad
Hi! Forwarding this to Dr. K, she'll reply by Monday. Make sure you're getting enough protein in the meantime 💛""",
 "quoted: Ozempic + hair loss"),
("""thread from this am:
Pt: r u open sat
Us: yes 9-2!
Pt: ok can i come in for my lip flip + a couple units in my 11s
Us: of course, booked 10:15 😘""",
 "lip flip + units in glabella (11s)"),
("""Hi Priya, pasting the text Nurse Amy sent in case you missed it:
"Hey! The swelling you're describing on day 4 after your eyelid surgery is expected, keep your head elevated and use the cold packs. Call if vision changes."
—front desk""",
 "eyelid surgery post-op swelling"),
("""📱 Msg 1/3: Hey girly!! Your follow-up is set for 6/12 @ 3pm
📱 Msg 2/3: Dr. Kwan said to keep using the tretinoin every other night until then
📱 Msg 3/3: and SPF 50 every morning!! ☀️""",
 "tretinoin in multi-part SMS"),
("""> Patient: hey its me again, i think the chin filler moved?? it looks crooked in pics
Nurse Beth: Hi love! Can you stop by tomorrow at 11? Dr. R wants to look at it 🙏""",
 "quoted: chin filler migration"),
]
THREAD_CLEAN = [
("""[Staff 9:02 AM] Good morning! This is Kristen at Sculpt & Glow. Checking in about Saturday 😊
[Patient 9:15 AM] hiii yes still coming!!
[Staff 9:16 AM] yay! any questions?
[Patient 9:40 AM] is there parking or should i uber
[Staff 9:41 AM] free parking behind the building, or the lift from the 2nd floor garage drops you right at our door 💕
[Patient 9:42 AM] ok ty!!!"""),
("""Pasting our convo below so Dr. B has it:
me: hey r u still ok for 3pm
her: can we do 3:30?? traffic is insane
me: sure np
her: 👍"""),
("""> Patient (Tue 4:11pm): can i bring my mom to my appointment on the 18th? she wants to see the office
Hi! Absolutely, we have a comfy waiting area. See you both on the 18th!"""),
("""lol ok so recap for u:
- thurs 10am ✅
- bring ur ID + ins card
- arrive 15 min early ✅
- ur appt is w/ Dr. Woo not Nikki this time
- parking in the back
lmk if any q's!!"""),
("""Staff: Your appt is confirmed for Monday 10am.
Patient: perfect! also do u guys sell gift cards
Staff: Yes! Any amount from $25 up, physical or e-gift. We can ring one up Monday!"""),
("""> On Sat, 2:14 PM, Patient wrote:
> did i leave my sunglasses there?? the brown tortoise ones
Hi! Yes they're at the front desk 😎 we'll hold them until you're back in"""),
("""thread from this am:
Pt: r u open sat
Us: yes 9-2!
Pt: ok can i come in and pick up my order + a couple gift cards for my sisters
Us: of course, they'll be ready by 10:15 😘"""),
("""📱 Msg 1/3: Hey girly!! Your follow-up is set for 6/12 @ 3pm
📱 Msg 2/3: Dr. Kwan said no need to reschedule the other one, it's all combined now
📱 Msg 3/3: and don't forget your parking validation!! 🎫"""),
("""> Patient: is the peel my kid left in your waiting room still there lol, it was an orange peel, sorry 🙈
Front desk: Haha no worries, already tossed it! See you next week 🍊"""),
("""Nurse Beth: Hi love! Reminder you're 11am tomorrow.
Patient: ok! do i need to bring anything
Nurse Beth: just your ID and insurance card, and your updated emergency contact if it changed 🙏"""),
]
