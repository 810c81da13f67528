package io.parkbridge.core.port;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.plate.Plate;

/**
 * Port: a parking system run by a vendor cloud, in vendor-neutral terms. Each protocol module
 * implements it, so an application can switch vendors without rewriting. An operation the
 * vendor does not offer throws {@link NotSupportedByVendorException}.
 */
public interface ParkingGateway {

    /** The vendor's short name, e.g. "bluecard". */
    String vendor();

    /** What the vehicle owes now, itemised as far as the vendor allows. */
    default FeeQuote quoteFee(FeeQuery query) {
        throw new NotSupportedByVendorException(vendor(), "quoteFee");
    }

    /** Tells the vendor a fee was paid so the gate lets the vehicle out. */
    default CommandResult reportPayment(PaymentReport payment) {
        throw new NotSupportedByVendorException(vendor(), "reportPayment");
    }

    /** Opens a lane's barrier. */
    default CommandResult openGate(DeviceCommand.OpenGate command) {
        throw new NotSupportedByVendorException(vendor(), "openGate");
    }

    /** Locks or unlocks a parked car. */
    default CommandResult lockCar(DeviceCommand.LockCar command) {
        throw new NotSupportedByVendorException(vendor(), "lockCar");
    }

    /** Creates or renews a monthly/long-term pass. */
    default CommandResult savePass(Pass pass) {
        throw new NotSupportedByVendorException(vendor(), "savePass");
    }

    /** Removes a pass. */
    default CommandResult removePass(String passId, Plate plate) {
        throw new NotSupportedByVendorException(vendor(), "removePass");
    }

    /** Puts a plate on the white or black list. */
    default CommandResult addListEntry(ListEntry entry) {
        throw new NotSupportedByVendorException(vendor(), "addListEntry");
    }

    /** Takes one plate off a list. Never clears a whole list. */
    default CommandResult removeListEntry(ListKind kind, Plate plate) {
        throw new NotSupportedByVendorException(vendor(), "removeListEntry");
    }

    /** Grants a coupon on a vehicle's current stay. */
    default CommandResult grantCoupon(String parkId, Plate plate, Coupon coupon) {
        throw new NotSupportedByVendorException(vendor(), "grantCoupon");
    }

    /** Free and total spaces. */
    default SpaceStatus spaceStatus(String parkId) {
        throw new NotSupportedByVendorException(vendor(), "spaceStatus");
    }
}
