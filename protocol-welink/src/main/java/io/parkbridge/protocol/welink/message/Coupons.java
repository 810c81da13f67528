package io.parkbridge.protocol.welink.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.parkbridge.core.money.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Section 5.6: merchant coupons (优惠). */
public final class Coupons {
    private Coupons() {
    }

    /** 5.6.1 /coupon/quota and 5.6.2 /coupon/rule: one rule of one merchant. */
    public record RuleRef(@NotNull Long mchId, @NotNull Long ruleId) {
    }

    /** 5.6.1 coupons still available today / this month / this year. */
    public record Quota(Integer todayRemaining, Integer monthRemaining, Integer yearRemaining) {
    }

    /**
     * 5.6.2/5.6.3 a coupon rule. {@code discountValue} depends on {@link RuleType}: money
     * (ruleType 0), minutes (1), percent (2), free-until timeout (3). Kept raw; read money
     * with {@link #amountOff(MoneyUnit)}. The example's {@code "yearlyLimit "} key (trailing
     * space) is accepted.
     */
    public record Rule(Long ruleId, @NotBlank String ruleName, @NotNull Integer ruleType, Long discountValue,
            Integer dailyLimit, Integer monthlyLimit, @JsonAlias("yearlyLimit ") Integer yearlyLimit, Integer times) {
        public RuleType ruleTypeValue() {
            return RuleType.of(ruleType);
        }

        /** The amount off of a ruleType 0 rule, in {@code unit}. */
        public Money amountOff(MoneyUnit unit) {
            if (ruleTypeValue() != RuleType.AMOUNT_OFF || discountValue == null) {
                throw new IllegalStateException("discountValue: expected an amount-off rule (ruleType 0), got ruleType "
                        + ruleType);
            }
            return unit.toMoney(BigDecimal.valueOf(discountValue));
        }
    }

    /** 5.6.3 /coupon/rules: a merchant's rules. */
    public record RulesRequest(@NotNull Long mchId) {
    }

    /** 5.6.4 a merchant. */
    public record Merchant(@NotNull Long mchId, String mchName) {
    }

    /**
     * 5.6.5 /coupon/add: issues a coupon to a plate. {@code discountValue} only when the rule's
     * own is 0; its meaning follows the rule type. The reply is the coupon id.
     */
    public record AddRequest(@NotNull Long mchId, @NotNull Long ruleId, @NotBlank @Size(max = 10) String plateNumber,
            Long discountValue) {
    }

    /** 5.6.6 /coupon/queryCoupons (paged): coupons issued on a date (yyyy-MM-dd). */
    public record QueryCouponsRequest(@NotNull Long mchId,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_REGEX) String date, @NotNull @Min(0) Integer offset,
            @NotNull @Min(1) Integer length) implements Paged<QueryCouponsRequest> {
        @Override
        public QueryCouponsRequest withPage(int newOffset, int newLength) {
            return new QueryCouponsRequest(mchId, date, newOffset, newLength);
        }
    }

    /** 5.6.6 an issued coupon (the document gives it no id). */
    public record IssuedCoupon(Long ruleId, String ruleName, @NotBlank String plateNumber, String createTime) {
    }
}
