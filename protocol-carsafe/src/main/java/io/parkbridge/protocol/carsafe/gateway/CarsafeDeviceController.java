package io.parkbridge.protocol.carsafe.gateway;

import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.port.DeviceController;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.message.FlagResult;
import java.util.Map;
import java.util.Objects;

/**
 * {@link DeviceController} over Chean: open gate (6.25), lock/unlock car (6.16/6.18), open door
 * (7.6 {@code acss.door.open}, which needs the operator's {@code userid}). Wash and water
 * commands are not Chean's: they throw {@link NotSupportedByVendorException}.
 */
public final class CarsafeDeviceController implements DeviceController {
    private final CarsafeClient client;
    private final CarsafeParkingGateway gateway;
    private final String doorUserId;

    /**
     * @param doorUserId the {@code userid} 7.6 requires (the operator or app user opening doors)
     */
    public CarsafeDeviceController(CarsafeClient client, CarsafeParkingGateway gateway, String doorUserId) {
        this.client = Objects.requireNonNull(client, "client");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (doorUserId == null || doorUserId.isBlank()) {
            throw new IllegalArgumentException("doorUserId: expected the userid 7.6 sends");
        }
        this.doorUserId = doorUserId;
    }

    @Override
    public CommandResult execute(DeviceCommand command) {
        if (command instanceof DeviceCommand.OpenGate g) {
            return gateway.openGate(g);
        }
        if (command instanceof DeviceCommand.LockCar l) {
            return gateway.lockCar(l);
        }
        if (command instanceof DeviceCommand.OpenDoor d) {
            FlagResult r = client.call("7.6", Map.of("userid", doorUserId, "controllerno", d.controllerNo(),
                    "doorno", Integer.toString(d.doorNo())), FlagResult.class);
            return new CommandResult(r.ok(), "", r.memo());
        }
        throw new NotSupportedByVendorException("carsafe", command.getClass().getSimpleName());
    }
}
