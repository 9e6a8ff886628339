"""Modality cues (kg/data/cues.tsv) that keep planned, wished-for and denied events out of the facts.

Each sentence is written for the test, modelled on corpus phrasings; each assertion fails without its cue rows.
"""
from __future__ import annotations


def _modalities(run, text: str, kind: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == kind]


def test_a_scheduled_or_awaited_event_is_planned(run):
    # المزمع(ة)، المنتظر(ة) after the noun, من المفترض before the verb: not (yet) held
    assert _modalities(run, "وقال بومبيو إن الاجتماع المزمع بين ترامب وكيم جونغ أون ليس استعراضا.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وكان من المفترض أن تبدأ المحادثات بين السعودية وإيران الخميس.", "Meeting") == ["Planned"]


def test_a_future_verb_after_the_event_noun_makes_it_planned(run):
    # اجتماع ... سيتم: the noun is the subject of a future verb in its own clause
    assert _modalities(run, "وقالت المتحدثة إن الاجتماع بين بومبيو وجاويش أوغلو سيتم الجمعة.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقال ظريف إن المحادثات بين إيران وروسيا ستركز على سوريا.", "Meeting") == ["Planned"]


def test_an_event_said_not_to_exist_is_negated(run):
    text = "وقال المصدر إن المملكة العربية السعودية ليس لديها أي مفاوضات مع ميليشيات الحوثي المدعومة من إيران."
    assert _modalities(run, text, "Meeting") == ["Negated"]
    assert _modalities(run, text, "Support") == ["Asserted"]  # read as a denial: only the noun it heads
    assert _modalities(run, "وقال المرشد علي خامنئي إنه لا وجود لمفاوضات مع الولايات المتحدة.",
                       "Meeting") == ["Negated"]


def test_a_plan_is_planned_even_for_a_strike(run):
    # يخطط ل / تخطط ل as يعتزم: the strike or the sanctions are not yet made
    assert _modalities(run, "وقالت موسكو إن واشنطن تخطط لشن ضربات على سوريا.", "Opposition") == ["Planned"]
    assert _modalities(run, "وتخطط الولايات المتحدة لفرض عقوبات على إيران.", "Opposition") == ["Planned"]


def test_an_intention_of_two_or_more_parties_is_planned(run):
    # the dual, plural and first-person forms of يعتزم: what the parties intend is not yet done
    assert _modalities(run, "وقالت الوكالة إن اليابان والهند تعتزمان إجراء مناورات بحرية مشتركة الأسبوع المقبل.",
                       "Cooperation") == ["Planned"]
    assert set(_modalities(run, "وقال دبلوماسيون إن قادة فرنسا وألمانيا يعتزمون إجراء محادثات مع روسيا.",
                           "Meeting")) == {"Planned"}


def test_a_wish_to_meet_is_planned_but_a_stance_stays_a_stance(run):
    assert set(_modalities(run, "لكن بريطانيا وفرنسا وألمانيا تريد إجراء محادثات مع إيران.",
                           "Meeting")) == {"Planned"}
    # تسعى إلى فرض عقوبات is itself the hostile act (cue kind readiness never governs a stance)
    assert _modalities(run, "وتسعى الولايات المتحدة إلى فرض عقوبات على إيران.", "Opposition") == ["Asserted"]


def test_a_denial_of_reports_of_an_event_negates_it(run):
    # نفى ... أنباء عن / وجود: the cue stands at the denied word, the event noun follows it
    assert _modalities(run, "ونفى مسؤولون في التحالف تقارير عن إجراء مفاوضات سرية بين السعودية والحوثيين.",
                       "Meeting") == ["Negated"]


def test_min_qabl_is_by_not_before(run):
    # «من قبل» names the agent (or means "previously"); «قبل القمة» alone still makes the summit upcoming
    text = "واعتبر المالكي أن هذا العمل العدائي من قبل الميليشيا الحوثية المدعومة من إيران يثبت تورط طهران."
    assert _modalities(run, text, "Support") == ["Asserted"]
    assert _modalities(run, "وأكد أن الولايات المتحدة قبل القمة بين ترامب وكيم جونغ أون فرضت عقوبات.",
                       "Meeting") == ["Planned"]


def test_a_call_with_a_glued_preposition_is_requested_but_not_a_name_or_a_grammar_word(run):
    # «دعا ل» reads «دعا لشن»; «طالبت ب» reads «طالبت بعقد»
    assert _modalities(run, "وكان بولتون قد دعا لشن ضربات على إيران.", "Opposition") == ["Planned"]
    assert _modalities(run, "وطالبت روسيا بعقد اجتماع مع فرنسا.", "Meeting") == ["Planned"]
    # a glued letter is never the start of a name (طالب بوتين) nor a grammar word (دعا لدى لقائه)
    assert _modalities(run, "وطالب بوتين خلال لقائه مع ترامب بوقف العقوبات.", "Meeting") == ["Asserted"]
    assert _modalities(run, "وماكرون دعا لدى لقائه ترامب في واشنطن إلى الحفاظ على الاتفاق.",
                       "Meeting") == ["Asserted"]


def test_could_not_reaches_past_the_words_between(run):
    text = "وقال ترامب إن بريطانيا لن تتمكن على الأرجح من إبرام اتفاقية مع الولايات المتحدة."
    assert _modalities(run, text, "AgreementSigning") == ["Negated"]


def test_a_plan_named_as_a_noun_makes_its_purpose_planned(run):
    # «خطط لفرض رسوم»: the purpose ل of a plan is not yet done; «فرض عقوبات ... بعد خطة» is
    assert _modalities(run, "وكشفت الصين عن خطط لفرض رسوم جمركية على الولايات المتحدة.", "Opposition") == ["Planned"]
    assert _modalities(run, "وأعلنت الولايات المتحدة فرض عقوبات على إيران بعد خطة لاستهداف سفارتها.",
                       "Opposition") == ["Asserted"]


def test_qad_before_a_present_verb_is_a_possibility_but_before_a_past_verb_a_fact(run):
    assert _modalities(run, "وقد يلتقي الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في هلسنكي.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقال مسؤول إن القمة بين ترامب وكيم جونغ أون قد تعقد في سنغافورة.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقد التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في هلسنكي.",
                       "Meeting") == ["Asserted"]


def test_a_trips_programme_is_planned_but_what_it_included_is_done(run):
    # a present verb with خلالها after a trip: what the trip is to include
    assert _modalities(run, "غادر ولي العهد السعودي الأمير محمد بن سلمان في زيارة رسمية للولايات المتحدة، يلتقي "
                       "خلالها بالرئيس الأمريكي دونالد ترامب.", "Meeting") == ["Planned"]
    assert _modalities(run, "وتستغرق زيارة الرئيس الصيني شي جين بينغ إلى الإمارات ثلاثة أيام يجري خلالها "
                       "محادثات مع الشيخ محمد بن زايد.", "Meeting") == ["Planned"]
    assert _modalities(run, "وكان الرئيس الفرنسي إيمانويل ماكرون قد زار الصين والتقى خلالها الرئيس الصيني "
                       "شي جين بينغ.", "Meeting") == ["Asserted"]


def test_a_trip_on_its_way_is_planned(run):
    assert _modalities(run, "يتوجه الرئيس الأمريكي دونالد ترامب إلى سنغافورة.", "Visit") == ["Planned"]


def _events(run, text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(e.modality, e.date.iso() if e.date else None) for e in run(text).events if e.type == kind]


def test_the_days_programme_in_the_present_is_planned_on_that_day_or_after(run):
    # 1 June 2018 was a Friday: «يستقبل ... الجمعة» announces that day's hosting, «الأحد» the coming Sunday
    friday = "باريس 1 يونيو 2018 (رويترز) - يستقبل الرئيس الفرنسي إيمانويل ماكرون الجمعة رئيس الوزراء الكندي جاستن ترودو."
    assert _events(run, friday, "Visit") == [("Planned", "2018-06-01")]
    sunday = "باريس 1 يونيو 2018 (رويترز) - يلتقي الرئيس الفرنسي إيمانويل ماكرون الأحد رئيس الوزراء الكندي جاستن ترودو."
    assert _events(run, sunday, "Meeting") == [("Planned", "2018-06-03")]
    # the past tense reports it done; the present without a day is a visit under way
    past = "باريس 1 يونيو 2018 (رويترز) - استقبل الرئيس الفرنسي إيمانويل ماكرون الجمعة رئيس الوزراء الكندي جاستن ترودو."
    assert _events(run, past, "Visit") == [("Asserted", "2018-06-01")]
    now = "باريس 1 يونيو 2018 (رويترز) - يزور رئيس الوزراء الكندي جاستن ترودو فرنسا حاليا."
    assert [m for m, _ in _events(run, now, "Visit")] == ["Asserted"]


def test_a_summit_held_today_in_the_present_is_planned(run):
    # a light verb in the present before its noun (cues.tsv kind present); the past reports it held
    text = "أنقرة 4 أبريل 2018 (رويترز) - تعقد الأربعاء قمة بين الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين."
    assert _events(run, text, "Meeting") == [("Planned", "2018-04-04")]
    held = "أنقرة 4 أبريل 2018 (رويترز) - عقدت الأربعاء قمة بين الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين."
    assert _events(run, held, "Meeting") == [("Asserted", "2018-04-04")]


def test_an_awaited_meeting_without_the_article_is_planned(run):
    # لقاء مرتقب، قمة تاريخية مرتقبة: as المرتقب(ة), the meeting is still to come
    assert _modalities(run, "وأعلن المستشار عن لقاء مرتقب بين زعيم كوريا الشمالية كيم جونغ أون والرئيس الأمريكي دونالد ترامب.",
                       "Meeting") == ["Planned"]


def test_a_cancelled_meeting_with_words_between_is_planned(run):
    # ألغت ... اجتماعا: a subject and a time stand between the verb and its noun (cue scope ``clause``)
    assert _modalities(run, "وألغت كوريا الشمالية الأسبوع الماضي في اللحظة الأخيرة اجتماعا مع كوريا الجنوبية.",
                       "Meeting") == ["Planned"]
    # ... but only in the verb's own clause: a meeting told after it by a joined verb took place
    assert _modalities(run, "وألغى ماكرون زيارته إلى روما والتقى ميركل في برلين.", "Meeting") == ["Asserted"]
    # nor a stance after it: the charge is made
    assert _modalities(run, "وألغى ترامب القمة المقترحة مع كيم متهما بيونغ يانغ بالعداوة.", "Opposition") == ["Asserted"]
    # nor an event after a word of an earlier event: the sanctions are lifted after talks that were held
    assert _modalities(run, "ألغت الولايات المتحدة العقوبات على السودان عقب محادثات مع الخرطوم.", "Meeting") == ["Asserted"]
    # a phrase of an earlier event before the object heads only itself: the visit is put off
    assert _modalities(run, "أرجأ الرئيس الأمريكي دونالد ترامب عقب الهجوم زيارته إلى بريطانيا.", "Visit") == ["Planned"]


def test_a_meeting_scheduled_with_al_muqarrar_is_planned(run):
    assert _modalities(run, "وقال المتحدث إن اللقاء التاريخي المقرر بين ترامب وكيم جونغ أون سيكون في سنغافورة.",
                       "Meeting") == ["Planned"]


def test_a_future_light_verb_before_talks_makes_them_planned(run):
    assert _modalities(run, "وقال ترامب إن وزير الخارجية مايك بومبيو سيبدأ محادثات مع كوريا الشمالية.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقالت الصين إنها ستواصل المحادثات مع الولايات المتحدة بشأن الرسوم.",
                       "Meeting") == ["Planned"]
    # only the noun right after the verb or its subject's names: the agreement is signed, its application ahead
    assert _modalities(run, "ستبدأ قطر تطبيق الاتفاق الموقع مع تركيا.", "AgreementSigning") == ["Asserted"]
    # a cooperation or coordination that goes on is held now
    assert _modalities(run, "ستواصل مصر التعاون مع السعودية في مكافحة الإرهاب.", "Cooperation") == ["Asserted"]
    # a time phrase may stand between the verb and its noun
    assert _modalities(run, "سيبدأ الرئيس الصيني شي جين بينغ الأحد المقبل زيارة رسمية إلى روسيا.", "Visit") == ["Planned"]
    assert _modalities(run, "ستواصل الولايات المتحدة والصين الأسبوع المقبل المحادثات التجارية.",
                       "Meeting") == ["Planned"]


def test_an_invitation_with_its_guest_between_is_planned(run):
    # دعوة الرئيس الروسي ... لزيارة: the invited visit is not made
    assert _modalities(run, "وقبل الرئيس الصيني شي جين بينغ دعوة الرئيس الروسي فلاديمير بوتين لزيارة روسيا.",
                       "Visit") == ["Planned"]
    # an invitation answered asks for nothing: the visit it asked for is the one under way
    assert _modalities(run, "بدأ الرئيس التركي رجب طيب أردوغان زيارة رسمية إلى قطر تلبية لدعوة أمير قطر لزيارة الدوحة.",
                       "Visit") == ["Asserted"]
    # an invitation made or welcomed is no invitation answered: what it asks for is still to come
    assert _modalities(run, "وجه الرئيس الروسي فلاديمير بوتين دعوة إلى عقد قمة مع الرئيس الأمريكي دونالد ترامب.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "رحب الرئيس التركي رجب طيب أردوغان بدعوة إلى عقد قمة مع الرئيس الروسي فلاديمير بوتين.",
                       "Meeting") == ["Planned"]


def test_an_arrival_on_the_news_day_to_meet_makes_the_meeting_planned(resources):
    # وصل ... الثلاثاء للقاء, published that Tuesday: the meeting is still to come, the arrival is a visit made;
    # published the day after, the same words report a meeting held
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document
    text = "وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض، الثلاثاء، للقاء ولي العهد الأمير محمد بن سلمان."

    def modalities(published: str) -> dict[str, str]:
        doc = make_document(text, "t", "t", resources.calendar, published=published)
        return {e.type: e.modality for e in extract(doc, resources).events}

    assert modalities("2018-10-16T09:00:00Z") == {"Visit": "Asserted", "Meeting": "Planned"}
    assert modalities("2018-10-17T09:00:00Z") == {"Visit": "Asserted", "Meeting": "Asserted"}
    # an arrival «في زيارة» is the visit begun, never planned
    doc = make_document("وصل الرئيس الفرنسي إيمانويل ماكرون مساء الثلاثاء إلى نيودلهي في زيارة دولة إلى الهند.", "t", "t",
                        resources.calendar, published="2018-10-16T09:00:00Z")
    assert {e.modality for e in extract(doc, resources).events if e.type == "Visit"} == {"Asserted"}
    # only what the trip is for: a meeting told by a verb joined to the arrival took place
    for joined in ("وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض الثلاثاء والتقى ولي العهد الأمير محمد بن سلمان.",
                   "وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض الثلاثاء حيث التقى ولي العهد الأمير محمد بن سلمان."):
        doc = make_document(joined, "t", "t", resources.calendar, published="2018-10-16T09:00:00Z")
        assert {e.modality for e in extract(doc, resources).events if e.type == "Meeting"} == {"Asserted"}
    # the purpose ل glued to a definite noun (للمحادثات) is still what the trip is for
    doc = make_document("وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق الثلاثاء للمحادثات مع الرئيس السوري بشار الأسد.",
                        "t", "t", resources.calendar, published="2018-10-16T09:00:00Z")
    assert {e.modality for e in extract(doc, resources).events if e.type == "Meeting"} == {"Planned"}


def test_a_future_light_verb_with_bi_before_a_lawsuit_makes_it_planned(run):
    # ستتقدم بدعوى، سترفع دعوى: the lawsuit is still to be filed, as سيبدأ محادثات
    assert _modalities(run, "وقالت إيران إنها ستتقدم بدعوى قضائية ضد الولايات المتحدة.", "Opposition") == ["Planned"]
    assert _modalities(run, "وقالت قطر إنها سترفع دعوى قضائية ضد الإمارات.", "Opposition") == ["Planned"]
    # filed: asserted
    assert _modalities(run, "وتقدمت إيران بدعوى قضائية ضد الولايات المتحدة.", "Opposition") == ["Asserted"]


def test_a_future_predicate_of_a_meeting_or_visit_noun_makes_it_planned(run):
    # cues.tsv scope predicate: the noun is the subject of a future verb, after it or right before it
    assert _modalities(run, "وقال إن القمة بين ترامب وبوتين ستخدم الولايات المتحدة.", "Meeting") == ["Planned"]
    assert _modalities(run, "وستكون زيارة ترامب إلى لندن الأولى منذ توليه الرئاسة.", "Visit") == ["Planned"]
    # a verb's event keeps its own tense, whatever a later clause foretells
    assert _modalities(run, "والتقى ترامب بوتين في هلسنكي، وقال إن العلاقات ستكون أفضل.", "Meeting") == ["Asserted"]
    # a stance noun goes on being held (no predicate scope for stances)
    assert _modalities(run, "وقال إن الدعم الأمريكي لأوكرانيا سيكون حاسما.", "Support") in ([], ["Asserted"])


def test_an_expectation_adjective_inside_the_triggers_gap_makes_it_planned(run):
    # قمة ... بين: مرتقبة stands between the trigger's words; a cue of scope after counts there too
    assert _modalities(run, "وقال بيسكوف إن الأمر لا علاقة له بقمة مرتقبة بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقال المتحدث إن فيينا من بين المدن المرشحة لاستضافة قمة محتملة بين بوتين وترامب.",
                       "Meeting") == ["Planned"]


def test_yurtaqab_an_makes_the_event_planned(run):
    # يرتقب أن (it is expected that) as ينتظر and من المرتقب
    assert _modalities(run, "ويرتقب أن تعقد القمة التاريخية بين ترامب وكيم جونغ أون في يونيو.",
                       "Meeting") == ["Planned"]


def test_the_time_or_place_of_an_event_being_set_makes_it_planned(run):
    # موعد/مكان right before the event noun: it is being scheduled
    assert _modalities(run, "وقال الرئيس الأمريكي دونالد ترامب إنه حدد موعد لقائه مع الزعيم الكوري الشمالي كيم جونغ أون.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "ولم تذكر الرئاسة موعد زيارة الرئيس الفرنسي إيمانويل ماكرون إلى إيران.",
                       "Visit") == ["Planned"]


def test_an_obligation_right_before_the_event_makes_it_requested(run):
    # يجب/ينبغي/يتعين right before the event word: called for, not done
    assert _modalities(run, "وقال الرئيس الأفغاني أشرف غني إنه يجب إجراء مفاوضات سلام مع حركة طالبان.",
                       "Meeting") == ["Planned"]


def test_talks_to_be_resumed_or_entered_are_planned(run):
    # a talk noun governed by a word of resumption or of entering into it: talks still to be (re)opened
    assert _modalities(run, "طلبت هولندا وأستراليا من روسيا الدخول في محادثات بشأن الطائرة.", "Meeting") == ["Planned"]
    assert _modalities(run, "وقال الوزير إن الانسحاب شرط لاستئناف المحادثات بين السعودية وإيران.",
                       "Meeting") == ["Planned"]


def test_a_call_reaches_its_purpose_past_the_names_it_addresses(run):
    # the addressees of a call, names and the commas of their list, do not count towards the gap of
    # «دعت ... إلى»; «دعت ... لإجراء» asks for the talks it names
    text = ("ودعت ألمانيا، يوم الأحد، وزراء خارجية الأردن ومصر والعراق والسعودية والكويت وقطر وتركيا "
            "إلى برلين لمباحثات مع إيران.")
    assert _modalities(run, text, "Meeting") and set(_modalities(run, text, "Meeting")) == {"Planned"}
    text = "وقال الوزير إن ألمانيا دعت الأردن ومصر لإجراء محادثات مع إيران."
    assert _modalities(run, text, "Meeting") and set(_modalities(run, text, "Meeting")) == {"Planned"}


def test_a_meeting_noun_glued_to_the_purpose_l_is_planned(run):
    # للقاء، لاجتماع: what something is for (a preparation, a place, a condition), not a meeting held
    assert _modalities(run, "وتعد الولايات المتحدة لاجتماع تاريخي بين ترامب وزعيم كوريا الشمالية كيم جونغ أون.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وذكرت الوكالة أن سنغافورة هي المكان المفضل للقاء ترامب وكيم جونغ أون.",
                       "Meeting") == ["Planned"]
    # the same noun after its own preposition reports a meeting held
    assert _modalities(run, "وقال ترامب بعد اجتماعه مع كيم جونغ أون إن المحادثات كانت جيدة.", "Meeting") == ["Asserted"]
    # a picture of the meeting (grammar record) shows one held
    assert _modalities(run, "وقال إن لديه صورا رائعة للاجتماع بين بومبيو وكيم جونغ أون.", "Meeting") == ["Asserted"]
    # a round or outcome of the meeting (grammar part): the ل is «of», the verb says it was held
    assert _modalities(run, "وانطلقت الجولة الثالثة للمحادثات بين الولايات المتحدة وكوريا الشمالية أمس.",
                       "Meeting") == ["Asserted"]


def test_talks_led_to_or_spoken_about_are_not_made_planned(run):
    # review of modal134: «أدت ... إلى إجراء محادثات» reports talks held; «بشأن إجراء» is a topic, no request
    assert _modalities(run, "وأدت الوساطة الإماراتية إلى إجراء محادثات بين إثيوبيا وإريتريا في أبوظبي الأسبوع الماضي.",
                       "Meeting") == ["Asserted"]
    assert _modalities(run, "وكشفت الصحيفة تفاصيل جديدة بشأن إجراء محادثات بين ترامب وكيم جونغ أون أمس.",
                       "Meeting") == ["Asserted"]


def test_talks_offered_sought_or_weighed_are_planned(run):
    # modal134: a word of offer, wish, chance, decision or need before إجراء/عقد of the talks: not held
    assert _modalities(run, "وردا على عرض ترامب المفاجئ إجراء محادثات مع إيران، قال ظريف إن العقوبات لن تجدي.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وعبر رئيس الوزراء الياباني شينزو آبي عن رغبته في إجراء محادثات مع كوريا الشمالية.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقالت كوريا الجنوبية إنها تسعى لإجراء محادثات مع الولايات المتحدة.", "Meeting") == ["Planned"]
    assert _modalities(run, "وأبلغت إدارة الرئيس الأمريكي دونالد ترامب دبلوماسييها بالسعي إلى إجراء محادثات مباشرة مع حركة طالبان.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقال تيلرسون إن ترامب اتخذ قرار إجراء محادثات مع زعيم كوريا الشمالية.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وأكدت كوريا الشمالية أنها لا تزال على استعداد لإجراء محادثات مع الولايات المتحدة.",
                       "Meeting") == ["Planned"]
    assert _modalities(run, "وقالت الوزارة إن موسكو لا تستبعد عقد اجتماع بين بوتين وترامب.", "Meeting") == ["Planned"]
    # a time word before the noun, or تم, reports talks held
    assert _modalities(run, "وأكد ترامب أنه تم إجراء محادثات مع كوريا الشمالية.", "Meeting") == ["Asserted"]
