package io.parkbridge.core.port;

import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;

/**
 * Port: sends device commands to the site through a vendor, so the application never builds
 * vendor requests itself. Implementations validate before sending and throw
 * {@link NotSupportedByVendorException} for commands their vendor cannot carry.
 */
public interface DeviceController {
    CommandResult execute(DeviceCommand command);
}
