package io.parkbridge.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.credential.AccessDecision.Outcome;
import io.parkbridge.core.fee.EntryRefusedException;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.Stay;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.InMemoryAccessListRepository;
import io.parkbridge.core.port.InMemoryPassRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    static final Plate PLATE = Plate.parse("粤B12345");
    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    final InMemoryPassRepository passes = new InMemoryPassRepository();
    final InMemoryAccessListRepository lists = new InMemoryAccessListRepository();
    final AccessPolicy policy = new AccessPolicy(passes, lists);

    @Test
    void visitorByDefault() {
        AccessDecision d = policy.decide(PLATE, FEB, "A");
        assertThat(d.outcome()).isEqualTo(Outcome.VISITOR);
        assertThat(d.allowed()).isTrue();
        assertThat(d.free()).isFalse();
    }

    @Test
    void passCoversItsAreasAndValidityHalfOpen() {
        passes.save(new Pass("P1", Set.of(PLATE, Plate.parse("粤B54321")), JAN, FEB, Set.of("A"), "Li Lei"));
        assertThat(policy.decide(PLATE, JAN, "A")).isEqualTo(new AccessDecision(Outcome.PASS, "P1", ""));
        assertThat(policy.decide(Plate.parse("粤B·54321"), JAN.plusSeconds(5), "A").outcome()).isEqualTo(Outcome.PASS);
        assertThat(policy.decide(PLATE, FEB.minusSeconds(1), null).outcome()).isEqualTo(Outcome.PASS);
        assertThat(policy.decide(PLATE, FEB, "A").outcome()).isEqualTo(Outcome.VISITOR);
        assertThat(policy.decide(PLATE, JAN.minusSeconds(1), "A").outcome()).isEqualTo(Outcome.VISITOR);
        assertThat(policy.decide(PLATE, JAN, "B").outcome()).isEqualTo(Outcome.VISITOR);
        assertThat(policy.decide(Plate.parse("粤B11111"), JAN, "A").outcome()).isEqualTo(Outcome.VISITOR);
    }

    @Test
    void whiteListIsFreeBlackListWinsOverEverything() {
        passes.save(new Pass("P1", Set.of(PLATE), JAN, MAR, Set.of(), ""));
        lists.save(new ListEntry(ListKind.WHITE, PLATE, "staff", JAN, Instant.MAX));
        assertThat(policy.decide(PLATE, FEB, "A").outcome()).isEqualTo(Outcome.PASS);
        passes.remove("P1");
        assertThat(policy.decide(PLATE, FEB, "A")).isEqualTo(new AccessDecision(Outcome.WHITE_LIST, "", "staff"));
        lists.save(new ListEntry(ListKind.BLACK, PLATE, "unpaid fees", FEB, MAR));
        AccessDecision refused = policy.decide(PLATE, FEB, "A");
        assertThat(refused).isEqualTo(new AccessDecision(Outcome.REFUSED_BLACK_LIST, "", "unpaid fees"));
        assertThat(refused.allowed()).isFalse();
        assertThat(policy.decide(PLATE, MAR, "A").outcome()).isEqualTo(Outcome.WHITE_LIST); // black entry expired
        assertThat(lists.remove(ListKind.BLACK, PLATE)).isTrue();
        assertThat(lists.remove(ListKind.BLACK, PLATE)).isFalse();
        assertThat(lists.findByPlate(PLATE)).extracting(ListEntry::kind).containsExactly(ListKind.WHITE);
    }

    @Test
    void unlicensedVehiclesAreAlwaysVisitors() {
        lists.save(new ListEntry(ListKind.BLACK, Plate.unlicensed(), "no plates", JAN, Instant.MAX));
        assertThat(policy.decide(Plate.unlicensed(), FEB, null).outcome()).isEqualTo(Outcome.VISITOR);
    }

    @Test
    void repositoriesReplaceAndFind() {
        passes.save(new Pass("P1", Set.of(PLATE), JAN, FEB, Set.of(), ""));
        passes.save(new Pass("P1", Set.of(PLATE), JAN, MAR, Set.of(), "renewed"));
        assertThat(passes.find("P1")).get().extracting(Pass::holder).isEqualTo("renewed");
        assertThat(passes.findByPlate(PLATE)).hasSize(1);
        assertThat(passes.remove("P1")).isTrue();
        assertThat(passes.find("P1")).isEmpty();
        lists.save(new ListEntry(ListKind.WHITE, PLATE, "a", JAN, FEB));
        lists.save(new ListEntry(ListKind.WHITE, PLATE, "b", JAN, MAR));
        assertThat(lists.findByPlate(PLATE)).extracting(ListEntry::reason).containsExactly("b");
    }

    @Test
    void feeEngineUsesTheSameCredentials() {
        Tariff t = Tariff.simple(Duration.ZERO, Duration.ZERO, Money.ZERO, Duration.ofHours(1), Money.parseYuan("2.00"),
                null);
        passes.save(new Pass("P1", Set.of(PLATE), JAN, FEB, Set.of(), ""));
        Stay stay = policy.withCredentials(Stay.of(FEB.minusSeconds(3600), FEB.plusSeconds(2 * 3600)), PLATE, "A");
        FeeEngine engine = new FeeEngine();
        assertThat(engine.quote(t, stay).payable()).isEqualTo(Money.parseYuan("4.00"));
        lists.save(new ListEntry(ListKind.BLACK, PLATE, "stolen", JAN, Instant.MAX));
        Stay blocked = policy.withCredentials(stay, PLATE, "A");
        Assertions.assertThatThrownBy(() -> engine.quote(t, blocked)).isInstanceOf(EntryRefusedException.class);
    }
}
