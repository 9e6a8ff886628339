"""Stances (supports / opposes) read through the real gazetteer pipeline: who acts on whom when a nisba,
an adverb of support, a verb of receiving or an office title stands where a plain name usually does.
Sentences written for these tests, modelled on news phrasings."""

from __future__ import annotations

from tests.helpers import events, stances


def test_a_strike_noun_takes_its_nisba_as_actor_and_a_condemning_subject_is_not_the_striker(run):
    x = run("أدانت مصر الغارات التركية على العراق.")
    opposes = stances(x, "Opposition")
    assert ("country/TR", "country/IQ") in opposes and ("country/EG", "country/TR") in opposes
    assert ("country/EG", "country/IQ") not in opposes


def test_a_strike_noun_with_no_actor_of_its_own_codes_nothing(run):
    # the subject condemns the strikes; it does not carry them out
    x = run("أدانت مصر الغارات على العراق.")
    assert [e for e in events(x, "Opposition") if "opposition-76" in e.evidence[0].rule] == []


def test_a_nisba_on_the_genitive_of_a_verbal_noun_is_its_object(run):
    assert stances(run("أكدت فرنسا دعم الحكومة اللبنانية.")) == [("country/FR", "country/LB")]


def test_with_a_marked_target_the_nisba_genitive_of_a_verbal_noun_is_its_actor(run):
    assert stances(run("انتقدت روسيا دعم الحكومة الأمريكية للحكومة الأوكرانية.")) == [("country/US", "country/UA")]
    # the Venezuelan opposition is not Venezuela: backing it supports no state (test_a_nisba_on_a_noun_of_dissent_...)
    assert stances(run("انتقدت روسيا دعم الحكومة الأمريكية للمعارضة الفنزويلية.")) == []
    # the Syrian opposition is a named party of its own (curated.tsv): backing it supports that party
    assert stances(run("انتقدت روسيا دعم الحكومة الأمريكية للمعارضة السورية.")) == [("country/US", "org/syrian-opposition")]


def test_a_nisba_on_the_noun_before_a_passive_is_the_supported_party(run):
    x = run("تقدم النظام السوري المدعوم من إيران نحو البلدة.")
    assert stances(x) == [("country/IR", "country/SY")]


def test_an_adverb_of_support_takes_the_clause_subject_as_the_supported_party(run):
    x = run("سيطرت قوات خليفة حفتر على المدينة بإسناد من الإمارات العربية المتحدة.")
    assert stances(x) == [("country/AE", "person/khalifa-haftar")]
    # a definite adjective qualifies only the noun right before it: no fallback to the clause subject
    x = run("اتهمت السعودية الميليشيات المدعومة من إيران بالهجوم.")
    assert ("country/IR", "country/SA") not in stances(x)


def test_the_subject_of_a_verb_of_receiving_is_the_supported_party(run):
    assert stances(run("ونال الأردن دعما من المملكة العربية السعودية.")) == [("country/SA", "country/JO")]


def test_an_accusation_charge_is_not_the_accused(run):
    # the unnamed accused (المملكة) is not an entity; the prime minister named inside the charge is no target
    x = run("اتهم وزير الخارجية الألماني المملكة باحتجاز رئيس الوزراء اللبناني سعد الحريري.")
    assert not any(target == "person/saad-hariri" for _, target in stances(x, "Opposition"))


def test_an_object_owner_does_not_reach_into_the_next_coordinated_clause(run):
    x = run("أدانت إستونيا ولاتفيا هذا الاعتداء وقدمتا دعمهما للمملكة المتحدة.")
    assert stances(x, "Opposition") == []
    assert stances(x) == [("country/EE", "country/GB"), ("country/LV", "country/GB")]


def test_an_organisation_in_an_office_title_does_not_keep_the_verb_from_its_subject(run):
    x = run("أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن أسفه لقرار إسرائيل.")
    assert stances(x, "Opposition") == [("person/antonio-guterres", "country/IL")]


def test_the_state_of_a_title_before_a_name_is_an_office_not_a_party(run):
    # فرنسا describes Macron's office: it neither joins Putin's list nor takes Putin with it when dropped
    x = run("التقى الرئيس الروسي فلاديمير بوتين ورئيس فرنسا إيمانويل ماكرون في باريس.")
    assert [e.participants for e in events(x, "Meeting")] == [["person/emmanuel-macron", "person/vladimir-putin"]]


def test_an_unnamed_official_takes_a_stance_for_his_state(run):
    # the guidelines read the nisba of an unnamed official as his state; the state is the actor
    x = run("توعد رئيس الوزراء الإسرائيلي إيران وحزب الله اللبناني.")
    assert stances(x, "Opposition") == [("country/IL", "country/IR"), ("country/IL", "org/hezbollah")]
    # its features are read from the frames that found the official: his state is in the clause, not outside
    assert all(e.features.outside == 0 for e in x.events if e.type == "Opposition")


def test_a_title_before_a_name_is_that_persons_office_not_an_unnamed_official(run):
    x = run("انتقد الأمير القطري الشيخ تميم بن حمد إيران.")
    assert stances(x, "Opposition") == [("person/tamim-bin-hamad", "country/IR")]
    # an unnamed official meets no one as his state: meetings keep to named parties
    x = run("التقى وزير الخارجية الأمريكي نظيره الفرنسي في باريس.")
    assert events(x, "Meeting") == []


def test_the_agent_after_min_qibal_acts_and_the_clause_subject_undergoes(run):
    # a passive agent («من قبل») names who imposes the sanctions: never the subject that suffers them
    x = run("وتعرضت فنزويلا لفرض عقوبات من قبل كندا والولايات المتحدة.")
    assert stances(x, "Opposition") == [("country/CA", "country/VE"), ("country/US", "country/VE")]


def test_an_agent_on_a_noun_with_a_pronoun_leaves_the_target_unread(run):
    # the pronoun on the noun (إدانته) names the one condemned, who need not be the clause's subject
    x = run("وقالت بريطانيا إن الجاسوس غادر بعد إدانته من قبل روسيا بتسريب معلومات.")
    assert not any(actor == "country/GB" or target == "country/RU" for actor, target in stances(x, "Opposition"))


def test_a_long_named_subject_does_not_use_up_a_gapped_pattern(run):
    # the words of the subject's title and name are not counted in the gap of أعلن* ... انسحاب*
    x = run("أعلن وزير الخارجية الأمريكي مايك بومبيو ومستشار الأمن القومي الأمريكي جون بولتون انسحاب "
            "بلادهما من مجلس حقوق الإنسان.")
    assert stances(x, "Opposition") == [("person/john-bolton", "org/unhrc"), ("person/mike-pompeo", "org/unhrc")]
def test_an_object_pronoun_in_a_relative_clause_stands_for_the_noun_before_it(run):
    x = run("تقدمت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة نحو الرقة.")
    assert stances(x) == [("country/US", "org/sdf")]
    # the pronoun is singular: it stands for the last noun of a list, not for the list
    x = run("تقدم الجيش التركي وقوات سوريا الديمقراطية التي تدعمها الولايات المتحدة نحو المدينة.")
    assert stances(x) == [("country/US", "org/sdf")]


def test_a_verb_with_an_object_pronoun_takes_no_bare_group_as_its_object(run):
    # تدعمهم has its object: مصر after the comma is no target (and not a co-actor of Iran either)
    x = run("قال الوزير إن إيران تدعمهم، مصر ترفض ذلك.")
    assert stances(x) == []


def test_a_relative_verb_without_an_object_pronoun_has_the_noun_before_as_its_subject(run):
    x = run("وقالت روسيا التي تدعم الحكومة السورية إن الضربات غير شرعية.")
    assert stances(x) == [("country/RU", "country/SY")]
    # a verb stem that merely ends like a pronoun (تتهم) is no pronoun: London accuses Moscow
    x = run("وقالت لندن التي تتهم موسكو بالهجوم إنها سترد.")
    assert stances(x, "Opposition") == [("country/GB", "country/RU")]


def test_a_second_relative_clause_joined_by_and_does_not_take_the_nearest_noun(run):
    # والذي refers back past المقيم في الولايات المتحدة: the United States is not the one accused
    x = run("واعتقل الضباط لصلتهم بالداعية المقيم في الولايات المتحدة، والذي تتهمه تركيا بتدبير الانقلاب.")
    assert ("country/TR", "country/US") not in stances(x, "Opposition")


def test_an_adverbial_nisba_after_a_participle_of_support_is_the_backer(run):
    assert stances(run("هاجمت جماعة الحوثي المدعومة إيرانيا مدينة الحديدة.")) == [("country/IR", "org/houthis")]
    # an adverb that is no state's nisba (جويا: by air) names no backer
    assert stances(run("تقدمت قوات سوريا الديمقراطية المدعومة جويا نحو الرقة.")) == []


def test_a_marked_target_after_a_long_gapped_pattern_is_found(run):
    # six words stand between the verb and the noun of قدم ... دعم: the target is read after the noun
    x = run("وقدمت الولايات المتحدة في ظل إدارة الرئيس الأمريكي السابق دعما كبيرا للمملكة العربية السعودية.")
    assert ("country/US", "country/SA") in stances(x)


def test_scare_quotes_around_a_short_phrase_do_not_cut_the_clause(run):
    x = run('وقدمت الولايات المتحدة "دعما غير قتالي" للمملكة العربية السعودية.')
    assert stances(x) == [("country/US", "country/SA")]


def test_a_participle_of_loyalty_takes_the_noun_before_it_as_actor_never_the_clause_subject(run):
    x = run("أعلن حزب الله الموالي لإيران رفضه للقرار.")
    assert stances(x) == [("org/hezbollah", "country/IR")]
    # the coalition strikes the militias; it backs no one, and an unnamed noun names no actor
    x = run("قصف التحالف العربي مواقع الميليشيات الموالية لإيران.")
    assert stances(x) == []


def test_a_participle_of_support_takes_one_object_and_leaves_the_next_party_alone(run):
    x = run("ورعت روسيا وإيران الداعمتان للرئيس السوري بشار الأسد وتركيا المحادثات.")
    assert stances(x) == [("country/IR", "person/bashar-al-assad"), ("country/RU", "person/bashar-al-assad")]


def test_a_long_gap_does_not_pass_over_a_word_that_begins_another_trigger(run):
    # the names in the gap do not count, but past the plain limit the gap meets خلال لقائه, a meeting
    # of its own: the stated support is read from دعم alone and the meeting is kept
    x = run("أكد وزير الخارجية المصري سامح شكري خلال لقائه وزير الخارجية الأمريكي مايك بومبيو في واشنطن "
            "دعم مصر للجهود الأمريكية.")
    assert [sorted(e.participants) for e in events(x, "Meeting")] == [["person/mike-pompeo", "person/sameh-shoukry"]]
    assert [ev.trigger for e in events(x, "Support") for ev in e.evidence] == ["دعم"]


def test_a_plural_nisba_subject_is_its_state_and_an_oblique_plural_is_no_party(run):
    # «مسؤولون فلسطينيون»: unnamed officials, whom the guidelines read as their state
    assert stances(run("انتقد مسؤولون فلسطينيون قرار الولايات المتحدة."), "Opposition") == [("country/PS", "country/US")]
    assert stances(run("واتهم البريطانيون روسيا بتسميم الجاسوس."), "Opposition") == [("country/GB", "country/RU")]
    # the oblique plural (من أيدي المصريين) is a genitive or an object, never the actor
    assert ("country/EG", "country/IL") not in stances(run("انتقد المسؤولين المصريين إسرائيل."), "Opposition")


def test_a_states_nisba_on_a_government_noun_is_that_state_as_subject_or_object(run):
    # «السلطات التركية»، «النظام السوري»: an unnamed government the guidelines read as its state
    assert stances(run("اتهمت الحكومة التركية إسرائيل بقصف المدنيين."), "Opposition") == [("country/TR", "country/IL")]
    assert stances(run("اتهمت واشنطن النظام السوري بقصف المدنيين."), "Opposition") == [("country/US", "country/SY")]
    # a preposition glued to the noun governs the phrase (للحكومة: ل + الحكومة), so it is no subject
    x = run("وبرز الصدر كمعارض قوي للحكومة العراقية كما عارض القوى المدعومة من إيران.")
    assert not any(a == "country/IQ" for a, _ in stances(x, "Opposition"))
    # on a verbal noun's genitive it is still that noun's object, as a plain nisba is
    assert stances(run("أكدت فرنسا دعم الحكومة اللبنانية.")) == [("country/FR", "country/LB")]
    assert stances(run("تعهدت موسكو حليفة النظام السوري بعدم التدخل.")) == [("country/RU", "country/SY")]


def test_a_government_noun_makes_no_state_of_a_nisba_outside_stances(run):
    # a meeting keeps to named parties, as it does for an unnamed official
    x = run("وصفت الحكومة البحرينية لقاء وزير خارجيتها، الشيخ خالد بن أحمد آل خليفة، بنظيره السوري، وليد المعلم، بالعابر.")
    assert all("country/BH" not in e.participants for e in events(x, "Meeting"))


def test_a_leaders_administration_is_his_state(run):
    # «إدارة الرئيس الأمريكي دونالد ترامب» names the US government, not the man
    x = run("انتقدت تركيا العقوبات التي فرضتها إدارة الرئيس الأمريكي دونالد ترامب على أنقرة.")
    assert ("country/US", "country/TR") in stances(x, "Opposition")
    assert not any(a == "person/donald-trump" for a, _ in stances(x, "Opposition"))


def test_a_first_person_verb_takes_the_subject_of_the_reporting_verb_before_it(run):
    # the words of an office between the reporting verb and its subject do not hide him
    x = run('وقال رئيس الوزراء العراقي حيدر العبادي في مؤتمر صحفي: "نحن نقف إلى جانب تركيا".')
    assert stances(x) == [("person/haider-al-abadi", "country/TR")]


def test_a_first_person_verb_that_no_one_is_said_to_say_has_no_actor(run):
    # a quoted sentence with no reporting verb: whose words they are is unknown here
    assert stances(run('"نحن ندعم الحكومة العراقية" في مواجهة الإرهاب.')) == []


def test_a_first_person_speaker_is_the_name_before_a_comma_not_the_one_his_office_names(run):
    x = run('وقال محمد بن سلمان، ولي عهد السعودية: "نشكر الرئيس الأمريكي دونالد ترامب".')
    assert ("person/mohammed-bin-salman", "person/donald-trump") in stances(x)
    assert all(actor == "person/mohammed-bin-salman" for actor, _ in stances(x))


def test_a_name_before_a_reporting_verb_with_a_conjunction_is_not_its_speaker(run):
    # وقالت opens a new clause: the name before it ends the clause before, it does not speak
    x = run('ونشرت الخارجية تغريدة على موقع تويتر، وقالت فيها: "ندين الهجمات الحوثية".')
    assert stances(x, "Opposition") == []
    x = run('وزير الخارجية الأمريكي مايك بومبيو قال: "ندين الهجمات الحوثية".')
    assert stances(x, "Opposition") == [("person/mike-pompeo", "org/houthis")]


def test_refusing_an_act_of_ones_own_opposes_no_one(run):
    # a refusal to comment is no stance on the party named after it
    assert stances(run("رفضت وزارة الخارجية الأمريكية التعليق على قرار روسيا."), "Opposition") == []
    # a rejection of a party's demand still opposes it
    assert ("country/IR", "country/US") in stances(run("رفضت إيران الشروط الأمريكية."), "Opposition")


def test_refusing_to_blame_or_extradite_a_party_opposes_no_one(run):
    # the act refused is not done (grammar own-act: توجيه، تسليم، إدانة، تحميل): no stance on the party after it
    assert stances(run("ورفض البيت الأبيض توجيه أصابع الاتهام لروسيا."), "Opposition") == []
    assert stances(run("ورفضت الولايات المتحدة تسليم فتح الله غولن إلى تركيا."), "Opposition") == []
    assert stances(run("ورفضت روسيا إدانة النظام السوري."), "Opposition") == []


def test_a_condemned_harm_names_its_victim_not_the_target(run):
    # after a noun of harm done to someone (grammar harm, killing) a person, a party after على, or the state
    # of a person's title is the victim; after an attack noun the party after على is the one hit
    assert stances(run("وانتقدت ألمانيا سجن الصحفي دينيز يوجل في تركيا."), "Opposition") == []
    assert stances(run("وأدانت فرنسا مقتل الصحفي جمال خاشقجي."), "Opposition") == []
    assert stances(run("واستنكرت الإمارات اغتيال السفير الروسي في أنقرة."), "Opposition") == []
    assert stances(run("وأدانت مصر الهجوم على السفارة الأمريكية في بغداد."), "Opposition") == []
    assert stances(run("وأدانت منظمة العفو الدولية الحكم على الناشطة أمل فتحي."), "Opposition") == []
    # the harm's own nisba is the one who did it and stays the target
    assert stances(run("وأدانت مصر الاعتداء الإسرائيلي على غزة."), "Opposition") == [("country/EG", "country/IL")]


def test_a_duty_on_a_states_imports_from_somewhere_opposes_the_exporter(run):
    # واردات الولايات المتحدة من: the United States buys; the nisba names where the steel comes from
    x = run("ضاعف الرئيس الأمريكي دونالد ترامب الرسوم الجمركية على واردات الولايات المتحدة من الصلب التركي.")
    assert stances(x, "Opposition") == [("person/donald-trump", "country/TR")]
    # with no من after it, the party after the imports word is where they come from
    x = run("هدد الرئيس الأمريكي دونالد ترامب برسوم جمركية على واردات الصين.")
    assert ("person/donald-trump", "country/CN") in stances(x, "Opposition")


def test_a_description_opposes_what_it_describes_only_with_a_bad_verdict(run):
    # وصف ... بأنه/بـ with a word of the disparage list after the ب: the describer opposes the party described
    x = run("وصفت روسيا العقوبات البريطانية بأنها استفزاز غير مبرر.")
    assert ("country/RU", "country/GB") in stances(x, "Opposition")
    x = run("وصف الرئيس التركي رجب طيب أردوغان الحكومة الإسرائيلية بـ\"الإرهابية\".")
    assert ("person/recep-tayyip-erdogan", "country/IL") in stances(x, "Opposition")
    # a plain or a kind description takes no stance
    assert stances(run("وصفت مصر زيارة الرئيس الفرنسي إيمانويل ماكرون بأنها ناجحة."), "Opposition") == []
    assert stances(run("وصف الرئيس الأمريكي دونالد ترامب الرئيس الصيني شي جين بينغ بأنه صديق."), "Opposition") == []


def test_a_judgement_opposes_what_it_judges_only_with_a_bad_verdict_after_it(run):
    # اعتبر/تعتبر + object + a bad verdict, no ب needed: the judge opposes the party judged
    x = run("اعتبرت روسيا الضربة الأمريكية على سوريا عدوانا.")
    assert stances(x, "Opposition") == [("country/RU", "country/US")]
    x = run("وتعتبر واشنطن حزب الله منظمة إرهابية.")
    assert stances(x, "Opposition") == [("country/US", "org/hezbollah")]
    # a neutral judgement, or parties named only past the verdict (a passive يُعتبر), take no stance
    assert stances(run("تعتبر مصر الصين شريكا استراتيجيا."), "Opposition") == []
    x = run("إذ أن العراق يعتبر نقطة تلاق بين عدوين تاريخيين، إيران والولايات المتحدة.")
    assert stances(x, "Opposition") == []
    # a party behind a preposition is in the judgement, not judged (an ally of Syria in the war on terror)
    assert stances(run("وتعتبر روسيا حليفا لسوريا في الحرب على الإرهاب."), "Opposition") == []
    # a bad word inside a phrase of the verdict is no verdict: the verdict is indefinite (review of opp160)
    assert stances(run("تعتبر روسيا إيران شريكا أساسيا في مكافحة الإرهاب."), "Opposition") == []
    assert stances(run("تعتبر تركيا الولايات المتحدة حليفا استراتيجيا رغم دعمها للإرهابيين."), "Opposition") == []


def test_a_reply_to_a_partys_statements_opposes_that_party(run):
    # the genitive of تصريحات is whose statements are answered, not who acts
    x = run("ردت وزارة الخارجية الإيرانية على تصريحات وزير الخارجية الأمريكي مايك بومبيو.")
    opposes = stances(x, "Opposition")
    assert ("org/mfa-ir", "person/mike-pompeo") in opposes
    assert ("person/mike-pompeo", "org/mfa-ir") not in opposes
    x = run("ردت روسيا على تصريحات بريطانيا بالتلويح بقوتها النووية.")
    assert stances(x, "Opposition") == [("country/RU", "country/GB")]


def test_backing_an_agreement_between_parties_supports_neither(run):
    assert stances(run("أعلنت ألمانيا تأييدها للاتفاق النووي بين إيران والدول الكبرى.")) == []
    # a party after إلى is where the goods go, not the owner of the charge's noun
    x = run("يتهم التحالف إيران بتهريب الأسلحة إلى الحوثيين.")
    assert ("country/IR", "org/houthis") not in stances(x, "Opposition")


def test_an_adjective_of_allegiance_qualifies_the_name_after_a_comma_only(run):
    x = run("تقاتل القوات الحكومية في اليمن، ميليشيات الحوثي الموالية لإيران.")
    assert stances(x) == [("org/houthis", "country/IR")]


def test_an_object_right_after_another_stance_word_is_that_words(run):
    x = run("وصلت قوات التحالف العربي لدعم الشرعية في اليمن، ميليشيات الحوثي الموالية لإيران.")
    assert ("org/arab-coalition", "country/IR") not in stances(x)


def test_a_rejection_noun_after_a_plain_word_takes_its_actor_after_it(run):
    # رفض here is the noun (a dispute that Italy's refusal raised), not a verb whose subject is the EU
    x = run("يواجه الاتحاد الأوروبي خلافا أثاره رفض إيطاليا استقبال سفينة المهاجرين.")
    assert stances(x, "Opposition") == []
    x = run("انتهت الأزمة بعد رفض السلطات السعودية للشروط القطرية.")
    assert ("country/QA", "country/SA") not in stances(x, "Opposition")


def test_a_nominative_plural_after_the_verb_is_its_subject_not_a_party_before_it(run):
    x = run("ومنذ أعلنت مقدونيا استقلالها، يرفض اليونانيون القبول بحقها في الاسم.")
    assert ("country/MK", "country/GR") not in stances(x, "Opposition")


def test_an_accusing_verb_coordinated_to_another_shares_its_subject(run):
    x = run("أدانت كوريا الشمالية أحدث جولة من العقوبات، واتهمت واشنطن بمحاولة تقويض المحادثات.")
    assert stances(x, "Opposition") == [("country/KP", "country/US")]
    # no charge after the party: the party is the verb's own subject, as before
    x = run("أدانت كوريا الشمالية أحدث جولة من العقوبات، واتهمت واشنطن الصين.")
    assert ("country/KP", "country/US") not in stances(x, "Opposition")


def test_a_marker_of_two_words_introduces_the_target(run):
    # إلى جانب: no single preposition governs the name after it
    assert stances(run("أكدت البحرين وقوفها التام إلى جانب السعودية.")) == [("country/BH", "country/SA")]


def test_a_definite_participle_set_off_by_commas_qualifies_the_noun_before_the_comma(run):
    x = run("وكانت القوات السورية، المدعومة من قبل روسيا، تعتزم شن هجوم.")
    assert ("country/RU", "org/army-sy") in stances(x)
    # the comma after the backer closes the phrase: the name after it is no backer
    x = run("تحاصر قوات المقاومة اليمنية المشتركة، المدعومة من قوات التحالف العربي، ميليشيات الحوثي.")
    assert ("org/houthis", "org/yemeni-joint-resistance") not in stances(x)


def test_a_place_after_the_passive_marker_keeps_the_slot_from_a_relative_clause_after_it(run):
    # المدعومة من واشنطن: the agent is a place here; Ankara, in the relative clause after, supports nothing
    x = run("وتسعى القوات إلى طرد وحدات حماية الشعب الكردية المدعومة من واشنطن والتي تعتبرها أنقرة إرهابية.")
    assert ("country/TR", "org/ypg") not in stances(x, "Support")


def test_a_party_after_a_reporting_word_is_the_source_never_the_object(run):
    # وفقا لما ذكرته: the agency reports the attack, it is not what the attack targeted
    x = run("نجا الرئيس الأفغاني أشرف غني من هجوم استهدف موكبه في كابول، وفقا لما ذكرته وكالة الأنباء الفلسطينية، "
            "من دون إصابات.")
    assert stances(x, "Opposition") == []
    # وفق, like وفقا and بحسب (src151)
    x = run("وقتل عشرة مدنيين في قصف روسي وسوري استهدف مدينة دوما، وفق المرصد السوري لحقوق الإنسان.")
    assert not any(target == "org/sohr" for _, target in stances(x, "Opposition"))


def test_an_indefinite_participle_after_a_governed_noun_qualifies_it_not_the_clause(run):
    # قوات مدعومة من إيران: Iran backs the forces, not Israel, the subject of the clause
    x = run("وقالت إسرائيل إنها ستواصل التحرك ضد عمليات نشر قوات مدعومة من إيران قرب حدودها.")
    assert stances(x) == []


def test_a_circumstantial_participle_takes_the_main_subject_as_its_actor(run):
    # متهما after a comma describes the subject of the main verb, never the genitive before the comma
    assert stances(run("وغادر ترامب قمة مجموعة السبع، متهما كندا بالكذب."), "Opposition") \
        == [("person/donald-trump", "country/CA")]
    x = run("وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان أعلن أن الضربة استهدفت مواقع في سوريا، متهما إيران بإطلاق صواريخ.")
    assert ("person/avigdor-liberman", "country/IR") in stances(x, "Opposition")


def test_a_bracketed_relative_clause_ends_at_its_bracket(run):
    # the verb after the aside takes its subject after it, never the state named inside the aside
    x = run("وبشأن حدود أيرلندا الشمالية (التي تقع شمال جمهورية أيرلندا)، رفضت رئيسة الوزراء البريطانية "
            "تيريزا ماي المقترح.")
    assert stances(x, "Opposition") == []


def test_a_verb_with_a_plural_subject_pronoun_takes_no_name_after_it_as_subject(run):
    # رفضوا: the subject is in the verb; Trump owns the call they reject and opposes no one here
    x = run("ورفضوا دعوة ترامب لإعادة روسيا إلى مجموعة السبع.")
    assert ("person/donald-trump", "country/RU") not in stances(x, "Opposition")


def test_an_imposed_measure_has_no_actor_from_the_clause(run):
    # الحصار المفروض على قطر: the imposer is unsaid; Turkey condemns the blockade and opposes no one named
    assert stances(run("أدانت تركيا الحصار المفروض على قطر."), "Opposition") == []
    # a nisba names the imposer: Saudi Arabia opposes Qatar, Turkey opposes Saudi Arabia
    x = run("أدانت تركيا الحصار السعودي المفروض على قطر.")
    assert ("country/SA", "country/QA") in stances(x, "Opposition")
    assert ("country/TR", "country/QA") not in stances(x, "Opposition")


def test_a_stance_on_a_hostile_act_is_no_stance_on_its_victim(run):
    # the condemnation is of the strikes and of whoever makes them, never of Iraq, which they hit
    assert stances(run("أدانت مصر الغارات على العراق."), "Opposition") == []
    # the sanctions noun is what Qatar condemns: Qatar does not impose them
    assert stances(run("أدانت قطر العقوبات على إيران."), "Opposition") == []
    assert stances(run("فرضت الولايات المتحدة عقوبات على إيران."), "Opposition") == [("country/US", "country/IR")]


def test_an_object_pronoun_after_a_stance_verb_is_its_object(run):
    # إياها stands for Germany; Russia is named inside the charge
    x = run("استبق الرئيس الأمريكي دونالد ترامب قمة حلف شمال الأطلسي بهجوم على ألمانيا متهما إياها بإثراء روسيا.")
    assert not any(target == "country/RU" for _, target in stances(x, "Opposition"))


def test_a_nisba_on_a_noun_of_dissent_is_not_the_state_targeted(run):
    # تجمع للمعارضة الإيرانية: the Iranian opposition's rally, never Iran, nor France where it meets
    x = run("أعلنت السلطات البلجيكية أنها تسلمت دبلوماسيا متورطا في التخطيط لمؤامرة كانت تنوي استهدف تجمع "
            "للمعارضة الإيرانية في فرنسا.")
    assert stances(x, "Opposition") == []


def test_a_strike_as_the_subject_of_a_hostile_verb_takes_its_nisba_or_its_lam_party_as_actor(run):
    # the strikes name no one: their nisba, or the party after ل on them, strikes the target
    x = run("واستهدفت الغارات الإسرائيلية مواقع لحركة حماس في قطاع غزة.")
    assert stances(x, "Opposition") == [("country/IL", "org/hamas")]
    x = run("قتل عشرات المسلحين في غارات للتحالف العربي استهدفت مواقع لميليشيات الحوثي.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    # a verb after its own subject has its object after it: the planes are what the missile targets
    x = run("قال الجيش إن صاروخا أطلق من الأرض استهدف الطائرات الإسرائيلية فوق لبنان.")
    assert ("country/IL", "country/LB") not in stances(x, "Opposition")
    # past في the place struck is named, not its owner: the capital stands for no state struck
    x = run("لقي القيادي مصرعه بغارة جوية للتحالف العربي استهدفت مواقعهم في جبهة نهم شرق صنعاء.")
    assert ("org/arab-coalition", "country/YE") not in stances(x, "Opposition")


def test_the_party_after_lam_on_a_strike_noun_strikes_and_is_no_target(run):
    # for a strike ل names the striker (غارات للتحالف), and على the target
    x = run("قتل قيادي حوثي في غارات للتحالف العربي على مواقع الحوثيين في صعدة.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    # the carrier of the strike takes the ل, its genitive is the striker
    x = run("وشنت غارات جوية لمقاتلات التحالف العربي على مواقع الحوثيين في صعدة.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]


def test_a_bare_carrier_on_a_strike_noun_names_the_striker_and_a_cause_row_its_victims(run):
    # the carrier stands as the strike's genitive (غارات طيران X، قصف دبابة إسرائيلية), with or without ل
    # (oppose143); a row that opens with its cause word (في قصف، جراء قصف) reads the victims before it
    x = run("قتل 12 عنصرا من ميليشيات الحوثي في غارات طيران التحالف العربي.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    x = run("قتل 12 عنصرا من ميليشيات الحوثي في غارات لطيران التحالف العربي.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    x = run("قتل ثلاثة من حركة حماس في قصف دبابة إسرائيلية لموقع مراقبة.")
    assert stances(x, "Opposition") == [("country/IL", "org/hamas")]
    x = run("قتل عشرات من ميليشيات الحوثي جراء قصف مقاتلات التحالف العربي لمواقعهم.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    # a strike word glued to و is a second strike, not a carrier: the positions' owner is the side hit
    x = run("قتل عشرة من عناصر حزب الله في غارات وقصف مواقع الجيش السوري.")
    assert ("org/army-sy", "org/hezbollah") not in stances(x, "Opposition")


def test_a_party_a_participle_governs_is_never_the_strikes_target(run):
    # audit s35: «الموالية لإيران» after the striker names whom it is loyal to, not whom the shelling hit
    x = run("قتل مدني في قصف مدفعي لميليشيات الحوثي الموالية لإيران على مدينة حيس.")
    assert ("org/houthis", "country/IR") not in stances(x, "Opposition")
    assert ("org/houthis", "country/IR") in stances(x, "Support")


def test_a_strike_that_killed_a_sides_fighters_opposes_that_side(run):
    # the one party after من near the word of killing is the side the strike hit
    x = run("قتل 50 قياديا وعنصرا من حركة طالبان بغارة أمريكية في ولاية قندوز.")
    assert stances(x, "Opposition") == [("country/US", "org/taliban")]
    x = run("لقي 13 عنصرا من ميليشيات الحوثي مصرعهم، الاثنين، جراء غارات للتحالف العربي.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]



def test_a_party_whose_fire_killed_a_people_opposes_that_people(run):
    # بنيران/برصاص X: the fire's genitive struck; a nisba standing as the killed people's noun is the side hit
    x = run("قتل فلسطيني بنيران الجيش الإسرائيلي شرق غزة.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    x = run("وقتل فلسطيني آخر برصاص الجيش الإسرائيلي قرب السياج.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    # a nisba on a noun of one person hit (grammar victim) is his side too: Israeli fire struck a Syrian soldier
    assert stances(run("قتل جندي سوري بنيران إسرائيلية."), "Opposition") == [("country/IL", "country/SY")]
    # a list after من is no side that fell: the envoys came from there
    x = run("استدعت تركيا سفيريها من إسرائيل والولايات المتحدة إثر مقتل العشرات برصاص الجيش الإسرائيلي.")
    assert ("org/idf", "country/US") not in stances(x, "Opposition")

def test_the_wounded_a_digit_count_and_members_after_min_are_the_side_the_fire_hit(run):
    # wounding reads as killing (grammar killing): أصيب ثلاثة فلسطينيين برصاص
    x = run("أصيب ثلاثة فلسطينيين برصاص الجيش الإسرائيلي في الضفة الغربية.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    # a digit count takes the accusative singular nisba: the people, as the oblique plural is
    x = run("ومنذ بدء الاحتجاجات قتل 31 فلسطينيا برصاص الجيش الإسرائيلي.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    # the people right before a plain verb of killing (ثلاثة فلسطينيين قتلوا برصاص)
    x = run("أفادت وزارة الصحة أن ثلاثة فلسطينيين قتلوا برصاص الجيش الإسرائيلي.")
    assert ("org/idf", "country/PS") in stances(x, "Opposition")
    # من + the members' noun + the side (من عناصر ميليشيات الحوثي)
    x = run("قتل 8 من عناصر ميليشيات الحوثي بنيران الجيش اليمني.")
    assert stances(x, "Opposition") == [("org/army-ye", "org/houthis")]
    # the same form not after a count is the adverb: no people, no side
    assert "country/IR" not in {p for e in run("وقاتلت ميليشيات مدعومة إيرانيا في سوريا.").events for p in e.participants}


def test_a_nisba_on_a_noun_of_one_person_hit_names_the_side_the_fire_hit(run):
    # grammar victim: شاب، طفل، القيادي right after the word of killing, then the nisba of his side
    x = run("وقتل فتى فلسطيني برصاص الجيش الإسرائيلي قرب السياج الفاصل.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    x = run("استشهد طفل فلسطيني برصاص الجيش الإسرائيلي في الضفة الغربية.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    # a party's name read as the adjective (الحوثي) names the side as a nisba does
    x = run("مقتل القيادي الحوثي في غارة للتحالف العربي.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    # a noun off the list says only where someone comes from (a tourist)
    assert stances(run("قتل سائح ألماني برصاص الشرطة المصرية."), "Opposition") == []


def test_a_states_forces_that_hit_its_own_people_oppose_no_state(run):
    # the side hit is the striker's own state: no stance (a soldier of the same army, an Israeli)
    assert stances(run("قتل جندي إسرائيلي برصاص الجيش الإسرائيلي خلال تدريب."), "Opposition") == []
    assert stances(run("قتل إسرائيلي برصاص الجيش الإسرائيلي قرب المستوطنة."), "Opposition") == []
    # a group that fights in a country is no state of it: the soldiers of that country it kills are a side
    # (review of oppose135)
    assert stances(run("وقتل جندي يمني بنيران الحوثيين في تعز."), "Opposition") == [("org/houthis", "country/YE")]


def test_the_party_after_maa_in_a_clash_opposes_the_side_that_fell(run):
    # mode clash (مواجهات مع، اشتباكات مع، معارك مع): the side a word of killing names before the clash
    x = run("قتل 16 عنصرا من ميليشيات الحوثي في مواجهات مع الجيش اليمني.")
    assert stances(x, "Opposition") == [("org/army-ye", "org/houthis")]
    x = run("أصيب عشرات الفلسطينيين في المواجهات مع الجيش الإسرائيلي.")
    assert stances(x, "Opposition") == [("org/idf", "country/PS")]
    # no side that fell named: nothing (the clause's subject is as often the side that lost men)
    assert stances(run("قتل جنديان في مواجهات مع الجيش اليمني."), "Opposition") == []
    # a nisba before a killing noun with a glued preposition is the source's, not the side that fell
    x = run("أفادت مصادر يمنية بمقتل قائد في ميليشيات الحوثي، في مواجهات مع الجيش اليمني.")
    assert ("org/army-ye", "country/YE") not in stances(x, "Opposition")


def test_a_leader_standing_by_his_own_people_supports_no_state(run):
    # the king and the Jordanian people are one side: domestic speech, no relation between states
    x = run("أكد العاهل الأردني الملك عبدالله الثاني أنه يقف إلى جانب الشعب الأردني.")
    assert stances(x, "Support") == []
    x = run("أكد العاهل الأردني الملك عبدالله الثاني أنه يقف إلى جانب الشعب الفلسطيني.")
    assert stances(x, "Support") == [("person/abdullah-ii", "country/PS")]


def test_a_support_noun_with_a_nisba_after_it_backs_the_party_it_follows(run):
    # بدعم روسي: "with Russian support", an adverb like بدعم من: Russia backs the army before it
    assert stances(run("وتقدم الجيش السوري بدعم روسي نحو إدلب.")) == [("country/RU", "org/army-sy")]
    assert stances(run("فصائل أنشأتها ميليشيات حزب الله بدعم إيراني.")) == [("country/IR", "org/hezbollah")]
    # a comma before other words closes the party's phrase: the rebels are Turkey's, the Kurds America's
    x = run("الثوار الذين تدعمهم تركيا، والأكراد بدعم أمريكي.")
    assert ("country/US", "country/TR") not in stances(x)
    # a genitive after بدعم is what is supported, never a backer of the party before it
    assert ("org/houthis", "country/IR") not in stances(run("اتهمت السعودية إيران بدعم الحوثيين."))


def test_a_supporting_adjective_set_off_by_a_comma_qualifies_the_party_before_it(run):
    # an apposition: the party before the comma is the backer, its ل-object the one backed
    x = run("شنت ميليشيات الحوثي، الموالية لإيران، حملة اعتقالات في صنعاء.")
    assert stances(x) == [("org/houthis", "country/IR")]
    x = run("وقالت روسيا، الداعم الرئيسي للرئيس السوري بشار الأسد، إن الهجوم مفبرك.")
    assert stances(x) == [("country/RU", "person/bashar-al-assad")]
    # a place before the comma is not the adjective's noun, and the apposition ends at its closing comma
    assert stances(run("وتقاتل حركة في الصومال، الموالية لتنظيم القاعدة، الحكومة.")) == []
    assert stances(run("وقال المرصد السوري لحقوق الإنسان، الموالي للمعارضة، ومقره بريطانيا، إن الغارات قتلت العشرات.")) == []


def test_a_name_after_the_marked_noun_of_a_verb_is_its_genitive_not_a_subject_after_the_verb(run):
    # إسرائيل ترحب بقرار ترامب: Israel welcomes; Trump owns the decision welcomed
    assert stances(run("إسرائيل ترحب بقرار ترامب.")) == [("country/IL", "person/donald-trump")]
    # with no party before the verb the order stays VSO
    assert stances(run("رحبت مصر بقرار السعودية.")) == [("country/EG", "country/SA")]


def test_the_subject_of_a_verb_of_receiving_stands_next_to_it(run):
    assert stances(run("وحظيت روسيا بدعم الصين.")) == [("country/CN", "country/RU")]
    # the law passed by Congress enjoys Trump's support, not Congress: an unnamed subject backs nothing
    x = run("أقر الكونغرس الأمريكي قانونا يحظى بدعم الرئيس الأمريكي دونالد ترامب.")
    assert ("person/donald-trump", "org/us-congress") not in stances(x)


def test_a_support_nisba_after_a_verbs_object_backs_its_subject(run):
    # بدعم أمريكي after «verb subject object»: the object is fought, the subject is backed
    assert ("country/US", "org/isis") not in stances(run("هزمت القوات العراقية تنظيم داعش بدعم أمريكي."))
    x = run("تقاتل قوات سوريا الديمقراطية تنظيم داعش في سوريا بدعم أمريكي.")
    assert ("country/US", "org/isis") not in stances(x)
    assert stances(x) in ([], [("country/US", "org/sdf")])
    # a noun between makes the party its genitive, the one backed
    assert stances(run("أعلنت روسيا تقدم الجيش السوري بدعم روسي.")) == [("country/RU", "org/army-sy")]


def test_a_name_after_a_marked_noun_is_the_subject_when_no_subject_stands_before_the_verb(run):
    # the name before the verb is the genitive of لقائه, no subject: the order is verb, object, subject
    x = run("وخلال لقائه الرئيس الفلسطيني محمود عباس، أشاد بالجهود المصرية الرئيس الفرنسي إيمانويل ماكرون.")
    assert not any(actor == "person/mahmoud-abbas" for actor, _ in stances(x))


def test_a_capital_in_the_slot_its_trigger_marks_for_a_party_is_its_state(run):
    # after the noun's ل, or the passive's من, a capital is whom the act is for or against, as a verb's
    # bare object is (اتهمت موسكو واشنطن)
    assert stances(run("وأثار انتقاد موسكو لواشنطن غضبا واسعا."), "Opposition") == [("country/RU", "country/US")]
    assert stances(run("وانتقد الوزير دعم لندن للرياض في الحرب.")) == [("country/GB", "country/SA")]
    x = run("هاجمت وحدات حماية الشعب المدعومة من واشنطن مواقع التنظيم.")
    assert ("country/US", "org/ypg") in stances(x, "Support")


def test_a_capital_after_a_glued_b_or_in_a_place_slot_stays_a_place(run):
    # بموسكو is where they met, not a partner; a visit's ل names where he went, no stance
    x = run("وعقد الرئيس الإيراني اجتماعا بموسكو مع نظيره التركي.")
    assert all("country/RU" not in e.participants for e in x.events)
    x = run("وقام الرئيس الفرنسي إيمانويل ماكرون بزيارة رسمية لواشنطن.")
    assert stances(x) == stances(x, "Opposition") == [] and all("country/US" not in e.participants for e in events(x, "Meeting"))


def test_a_voiced_concern_or_anger_opposes_the_party_behind_the_matter(run):
    # the nisba or genitive owner of the matter after من، إزاء، حيال، بشأن is whom the concern is voiced against
    assert stances(run("أعربت فرنسا عن قلقها إزاء التصعيد الإيراني في المنطقة."), "Opposition") == [("country/FR", "country/IR")]
    assert stances(run("عبرت روسيا عن غضبها من قرار بريطانيا طرد الدبلوماسيين."), "Opposition") == [("country/RU", "country/GB")]


def test_a_concern_for_a_partys_fate_about_a_place_or_about_a_clash_opposes_no_one(run):
    # the fate (welfare noun) of the journalist, the war's place, the two sides of an escalation: no target
    assert stances(run("أعرب الرئيس الأمريكي دونالد ترامب عن قلقه حيال مصير الصحفي السعودي جمال خاشقجي."), "Opposition") == []
    assert stances(run("أعربت مصر عن قلقها من الحرب في سوريا."), "Opposition") == []
    assert stances(run("أعرب وزير الخارجية الروسي سيرغي لافروف عن قلقه من التصعيد بين إيران وإسرائيل."), "Opposition") == []
    # the owner of any other matter stays the target
    assert stances(run("أعربت مصر عن قلقها من التدخل التركي في سوريا."), "Opposition") == [("country/EG", "country/TR")]


def test_an_oblique_plural_nisba_is_the_side_a_killing_hit_and_no_party_elsewhere(run):
    # the people killed (قتل ثلاثة فلسطينيين، مقتل فلسطينيين اثنين) stand for their state, hit by the shooter
    assert ("org/idf", "country/PS") in stances(run("قتل ثلاثة فلسطينيين بنيران الجيش الإسرائيلي في غزة."), "Opposition")
    assert ("org/idf", "country/PS") in stances(
        run("أعلنت وزارة الصحة مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي."), "Opposition")
    # the people a relative clause says were killed (الفلسطينيين الذين قتلوا بنيران)
    assert ("org/idf", "country/PS") in stances(
        run("وارتفع عدد الفلسطينيين الذين قتلوا بنيران الجيش الإسرائيلي إلى 121."), "Opposition")
    # guests, allies or citizens in the oblique are no party: no welcome of Iran, no cooperation with the allies
    assert stances(run("رحبت السلطات السعودية بالحجاج الإيرانيين."), "Support") == []
    x = run("أكد أن الولايات المتحدة وحلفائها البريطانيين والفرنسيين اتفقوا على الرد بعد الضربة السابقة.")
    assert all("country/GB" not in e.participants for e in x.events)


def test_a_platform_named_as_the_medium_of_a_post_is_no_party(run):
    # على/عبر/في before the platform, straight or past medium nouns (grammar.tsv medium): where it was
    # written, not who accused or what was condemned
    x = run("أثار تصريح للرئيس الفرنسي إيمانويل ماكرون الجدل عبر تويتر، إذ اتهم كثير من المغردين ماكرون بالتحيز.")
    assert stances(x, "Opposition") == []
    assert stances(run("وأدانت السفيرة الأميركية الهجوم في تغريدة على تويتر."), "Opposition") == []
    # acted on itself, the platform stays a party
    assert ("person/donald-trump", "org/twitter") in stances(run("وهاجم الرئيس الأمريكي دونالد ترامب شركة تويتر."), "Opposition")
    # على that a trigger before it takes its target with marks the party, not the medium
    assert ("person/donald-trump", "org/facebook") in stances(run("وشن الرئيس الأمريكي دونالد ترامب هجوما على فيسبوك."), "Opposition")


def test_a_state_nisba_on_an_indefinite_armed_group_noun_names_no_party(run):
    # grammar.tsv faction173: فصائل سورية are rebel groups from Syria, not the Syrian state
    assert events(run("وسيطر الجيش التركي بالتعاون مع فصائل سورية مسلحة على المدينة."), "Cooperation") == []
    assert stances(run("وبدأت تركيا بدعم من فصائل سورية موالية لها هجوما على المنطقة.")) == []
