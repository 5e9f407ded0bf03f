package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.arabic.ArabicQuotes;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/** The parser-free Arabic chain on news-style sentences written for these tests. */
class ArabicCodingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 14); // a Sunday
    private static final ArabicCoding CODING = new ArabicCoding(KnowledgeBase.load(), Gazetteer.load());

    private static Facts facts(String text) {
        return CODING.apply(new Article("t", "Test Wire", Optional.empty(), "Test", Optional.of(PUBLISHED), "ar",
                text, new Span(0, text.length()), List.of(), "test.txt"));
    }

    @Test
    void aVerbFirstCaptureNamesItsActorPlaceAndWeekdayAndClaimsControl() {
        String text = "سيطرت قوات سوريا الديمقراطية على مدينة منبج يوم الجمعة بعد معارك مع تنظيم داعش.";
        Facts facts = facts(text);
        assertThat(facts.events()).extracting(Event::type, Event::acled, e -> e.actor().orElse(""),
                        e -> e.placeRef().orElse(""), e -> e.date().map(Object::toString).orElse(""))
                .contains(tuple(EventType.FIGHT, AcledType.NON_STATE_OVERTAKES_TERRITORY, "Syrian Democratic Forces",
                        "167357", "2016-08-12"));
        assertThat(facts.control()).extracting(ControlChange::place, ControlChange::controller,
                ControlChange::status).containsExactly(tuple("Manbij", "Syrian Democratic Forces",
                ControlStatus.HELD));
    }

    @Test
    void namesAreFoundBehindProcliticsWithOffsetsIntoTheOriginalText() {
        String text = "وقصفت الطائرات الروسية أحياء وبحلب أمس.";
        Facts facts = facts(text);
        assertThat(facts.entities()).extracting(Mention::canonical, m -> text.substring(m.start(), m.end()))
                .contains(tuple("Aleppo", "حلب"));
        assertThat(facts.events()).extracting(Event::type, Event::acled, e -> e.placeRef().orElse(""),
                        e -> e.date().map(Object::toString).orElse(""))
                .containsExactly(tuple(EventType.FIGHT, AcledType.SHELLING, "170063", "2016-08-13"));
    }

    @Test
    void aPlaceDescribedAsUnderAGroupsControlIsHeldByIt() {
        assertThat(facts("يعيش نحو مئة ألف مدني في مدينة دوما الخاضعة لسيطرة جيش الإسلام.").control())
                .extracting(ControlChange::place, ControlChange::controller, ControlChange::status)
                .containsExactly(tuple("Douma", "Jaish al-Islam", ControlStatus.HELD));
    }

    @Test
    void aSiegeOfAHeldPlaceLeavesItContestedWithItsHolderAndKeepsTheHoldItStates() {
        // the sentence states both the hold and the siege, as "an offensive to retake the rebel-held town" does
        assertThat(facts("تفرض قوات النظام حصارا خانقا على مدينة دوما الخاضعة لسيطرة جيش الإسلام.").control())
                .extracting(ControlChange::place, ControlChange::controller, ControlChange::status)
                .containsExactly(tuple("Douma", "Jaish al-Islam", ControlStatus.CONTESTED),
                        tuple("Douma", "Jaish al-Islam", ControlStatus.HELD));
    }

    @Test
    void aCaptureNearAPlaceIsNoClaimOnIt() {
        Facts facts = facts("استعاد الجيش السوري عدة قرى شمالي مدينة حلب يوم الخميس.");
        assertThat(facts.events()).extracting(Event::acled, e -> e.actor().orElse(""), e -> e.place().orElse(""))
                .containsExactly(tuple(AcledType.GOVERNMENT_REGAINS_TERRITORY, "Syrian government", "Aleppo"));
        assertThat(facts.control()).isEmpty();
    }

    @Test
    void aQuoteInGuillemetsIsAttributedToTheKnownSpeakerAfterTheSpeechVerb() {
        String text = "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين: «لا حل عسكريا للأزمة في سوريا».";
        assertThat(facts(text).quotes()).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("لا حل عسكريا للأزمة في سوريا", "Sergei Lavrov"));
    }

    @Test
    void aCountryAfterTheTriggerIsWhereItHappensNotWhoActsAndClaimsNoControl() {
        Facts facts = facts("قصفت طائرات حربية تركية مواقع لتنظيم الدولة الإسلامية في سوريا.");
        assertThat(facts.events()).extracting(Event::type, e -> e.actor().orElse(""), e -> e.target().orElse(""),
                        e -> e.place().orElse(""))
                .containsExactly(tuple(EventType.FIGHT, "Turkey", "Islamic State", "Syria"));
        assertThat(facts.control()).isEmpty();
    }

    @Test
    void aSpeechVerbWithNoNameNearTakesTheLastActorNamedBefore() {
        assertThat(facts("وأشاد أردوغان بالعملية العسكرية. وأضاف: «لن نسمح بقيام كيان إرهابي على حدودنا».").quotes())
                .extracting(Quote::speaker).containsExactly("Recep Tayyip Erdoğan");
    }

    @Test
    void aMeetingAndAnAppealAreCodedWithTheirActors() {
        Facts facts = facts("التقى جون كيري نظيره الروسي سيرغي لافروف في جنيف. ودعت الأمم المتحدة إلى وقف القصف.");
        assertThat(facts.events()).extracting(Event::type, e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .contains(tuple(EventType.CONSULT, "John Kerry", "Sergei Lavrov"),
                        tuple(EventType.DEMAND, "United Nations", ""));
    }

    @Test
    void aPersonAfterATitleAndItsComplementSpeaksAndKeepsSpeakingAfterAdded() {
        String text = "وقال مدير مكتب المنظمة في الأردن خالد بن سعيد العمري «إن المساعدات وصلت إلى أكثر من ألف عائلة».\n"
                + "وأضاف «سنواصل العمل مع الشركاء في المنطقة».";
        Facts facts = facts(text);
        assertThat(facts.quotes()).extracting(Quote::speaker, Quote::speakerRef)
                .containsExactly(tuple("خالد بن سعيد العمري", Optional.empty()),
                        tuple("خالد بن سعيد العمري", Optional.empty()));
        assertThat(facts.entities()).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::text, m -> text.substring(m.start(), m.end()), Mention::ref)
                .containsExactly(tuple("خالد بن سعيد العمري", "خالد بن سعيد العمري", Optional.empty()));
    }

    @Test
    void aNameBetweenAnAndASpeechNounSpeaksAndAPronounLaterPointsBackToIt() {
        Facts facts = facts("ونقلت وكالة الأنباء عن سامر حداد قوله «لن نغادر مدينتنا مهما حصل». "
                + "ونقلت صحيفة محلية عنه قوله «الوضع في الأحياء الشرقية صعب جدا».");
        assertThat(facts.quotes()).extracting(Quote::speaker).containsExactly("سامر حداد", "سامر حداد");
    }

    @Test
    void aNameRightAfterASpeechVerbIsItsSubject() {
        assertThat(facts("وقال حداد إن «المعابر ما زالت مغلقة منذ أسبوع».").quotes()).extracting(Quote::speaker)
                .containsExactly("حداد");
    }

    @Test
    void anUnnamedOfficialIsNoPersonAndHisQuoteHasNoSpeaker() {
        Facts facts = facts("وقال مسؤول أمريكي إن «الضربات ستستمر في الأيام المقبلة».");
        assertThat(facts.quotes()).extracting(Quote::speaker).containsExactly(ArabicQuotes.UNKNOWN);
        assertThat(facts.entities()).noneMatch(m -> m.type() == EntityType.PERSON);
    }

    @Test
    void aQuoteRunningOnIntoANewParagraphIsTwoQuotesOfOneSpeaker() {
        Facts facts = facts("وقال كيري: “نحن نعمل من أجل حل سياسي.\n“ولن نتوقف حتى يتحقق ذلك في سوريا.”");
        assertThat(facts.quotes()).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("نحن نعمل من أجل حل سياسي.", "John Kerry"),
                tuple("ولن نتوقف حتى يتحقق ذلك في سوريا.", "John Kerry"));
    }

    @Test
    void aPlaceHeldByTheOppositionIsTheOneBeforeTheLocatorNotTheProvinceAfterIt() {
        assertThat(facts("دخل الوفد بلدة أريحا الواقعة في ريف إدلب والتي تسيطر عليها قوات المعارضة منذ أشهر.")
                .control()).extracting(ControlChange::place, ControlChange::controller, ControlChange::status)
                .containsExactly(tuple("Arīḩā", "Syrian opposition", ControlStatus.HELD));
    }

    @Test
    void aSiegeOfTwoJoinedTownsContestsBoth() {
        assertThat(facts("وتحاصر قوات الأسد الزبداني ومضايا منذ أسابيع.").control())
                .extracting(ControlChange::place, ControlChange::controller, ControlChange::status)
                .contains(tuple("Az Zabadānī", "Syrian government", ControlStatus.CONTESTED),
                        tuple("Medaya", "Syrian government", ControlStatus.CONTESTED));
    }

    @Test
    void aTownLoyalToTheRegimeIsHeldByItButAMilitiaLoyalToItHoldsNothing() {
        assertThat(facts("تعرضت بلدة محردة الموالية للنظام لقصف عنيف.").control())
                .extracting(ControlChange::place, ControlChange::controller, ControlChange::status)
                .contains(tuple("Muḩradah", "Syrian government", ControlStatus.HELD));
        assertThat(facts("قصفت الميليشيات الموالية للنظام أطراف مدينة دوما.").control())
                .noneMatch(c -> c.status() == ControlStatus.HELD);
    }

    @Test
    void deathsAreReadByAcledsRulesFromDigitsEasternDigitsAndNumberWords() {
        assertThat(deaths("قتل 12 شخصا في قصف على مدينة دوما أمس.")).containsExactly(12);
        assertThat(deaths("قتل ٣٠ مدنيا في قصف على مدينة دوما.")).containsExactly(30);
        assertThat(deaths("لقي ستة من المقاتلين مصرعهم في اشتباكات قرب حلب.")).containsExactly(6);
        assertThat(deaths("قتل عشرات المدنيين في قصف على مدينة دوما.")).containsExactly(12);
    }

    @Test
    void theWoundedYearsAndShellsAreNoDeathsAndDeathsWithoutAFigureHaveNone() {
        assertThat(deaths("أصيب 20 شخصا في قصف على مدينة دوما.")).containsExactly(-1);
        assertThat(deaths("قتل مدنيون في قصف على مدينة دوما منذ 30 عاما.")).containsExactly(-1);
        assertThat(deaths("أسفر القصف بـ 300 قذيفة على مدينة دوما عن قتلى.")).containsExactly(-1);
    }

    /** The deaths of each violent event of a text (-1: none given). */
    private static List<Integer> deaths(String text) {
        return facts(text).events().stream().filter(e -> e.acled().politicalViolence())
                .map(e -> e.fatalities().orElse(-1)).distinct().toList();
    }

    @Test
    void aPersonMetAgainByTheLastWordOfTheNameSpeaksAgain() {
        assertThat(facts("وقال الباحث في مركز الدراسات عبد الرحمن الحاج إن المعركة طويلة. "
                + "وأكد الحاج أن «الفصائل لن تتراجع عن مواقعها».").quotes()).extracting(Quote::speaker)
                .containsExactly("عبد الرحمن الحاج");
    }

    @Test
    void anUnnamedSourceIsNoEarlierSpeakerAndWhatFollowsAnAdverbialParticipleIsWhatWasSaid() {
        Facts facts = facts("وقال كيري إن الحل سياسي. وقال مصدر مطلع إن «المحادثات ستستأنف قريبا في جنيف». "
                + "وأكد كيري التزامه بالحل، مشيرا إلى أن «جبهة النصرة تعرقل كل الجهود».");
        assertThat(facts.quotes()).extracting(Quote::speaker).containsExactly(ArabicQuotes.UNKNOWN, "John Kerry");
    }
}
