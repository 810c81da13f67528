package io.parkbridge.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.plate.Plate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceCommandTest {

    @Test
    void validCommandsKeepTheirValues() {
        assertThat(new DeviceCommand.OpenGate("lane-1").laneId()).isEqualTo("lane-1");
        assertThat(new DeviceCommand.StartWash("w1", 3).scheme()).isEqualTo(3);
        DeviceCommand.DispenseWater water = new DeviceCommand.DispenseWater("p1", 500, 30);
        assertThat(water.volumeMl()).isEqualTo(500);
        assertThat(new DeviceCommand.DispenseWater("p1", 100, 120).maxWaitSeconds()).isEqualTo(120);
        assertThat(new DeviceCommand.LockCar(Plate.parse("粤B12345"), true).locked()).isTrue();
        assertThat(new DeviceCommand.OpenDoor("c1", 1).doorNo()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1, 100})
    void washSchemeIsOneToThree(int scheme) {
        assertThatThrownBy(() -> new DeviceCommand.StartWash("w1", scheme))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("scheme: expected 1-3, got " + scheme);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -100, 50, 150, 1001})
    void waterVolumeIsAPositiveMultipleOfHundred(int volume) {
        assertThatThrownBy(() -> new DeviceCommand.DispenseWater("p1", volume, 60))
                .hasMessageStartingWith("volumeMl: expected a positive multiple of 100");
    }

    @ParameterizedTest
    @ValueSource(ints = {29, 121, 0, -30})
    void waterWaitIsThirtyToHundredTwentySeconds(int wait) {
        assertThatThrownBy(() -> new DeviceCommand.DispenseWater("p1", 100, wait))
                .hasMessage("maxWaitSeconds: expected 30-120, got " + wait);
    }

    @Test
    void idsMustNotBeBlank() {
        assertThatThrownBy(() -> new DeviceCommand.OpenGate(" ")).hasMessageStartingWith("laneId");
        assertThatThrownBy(() -> new DeviceCommand.OpenGate(null)).hasMessageStartingWith("laneId");
        assertThatThrownBy(() -> new DeviceCommand.StartWash("", 1)).hasMessageStartingWith("deviceId");
        assertThatThrownBy(() -> new DeviceCommand.DispenseWater(null, 100, 60)).hasMessageStartingWith("deviceId");
        assertThatThrownBy(() -> new DeviceCommand.OpenDoor("", 1)).hasMessageStartingWith("controllerNo");
        assertThatThrownBy(() -> new DeviceCommand.OpenDoor("c1", 0)).hasMessage("doorNo: expected 1 or more, got 0");
    }

    @Test
    void lockNeedsARealPlate() {
        assertThatThrownBy(() -> new DeviceCommand.LockCar(null, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DeviceCommand.LockCar(Plate.unlicensed(), true))
                .hasMessageStartingWith("plate: expected a licensed plate");
    }

    @Test
    void commandResultNeverHasNulls() {
        CommandResult r = new CommandResult(true, null, null);
        assertThat(r.reference()).isEmpty();
        assertThat(r.message()).isEmpty();
    }
}
