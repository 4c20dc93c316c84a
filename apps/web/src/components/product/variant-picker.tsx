import type { OptionGroup } from '@/lib/variant-selection';
import { RadioGroup } from '@/ui';

/** "switch" -> "Switch", "keycap_profile" -> "Keycap profile". */
export function optionLabel(key: string): string {
  const text = key.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface VariantPickerProps {
  groups: OptionGroup[];
  onChoose: (key: string, value: string) => void;
}

/**
 * One row of buttons per option (switch, layout, colour...). Values that cannot exist
 * with the choices above them are disabled; values whose variants are all sold out are
 * struck through but still selectable, so the shopper can see that they exist.
 */
export function VariantPicker({ groups, onChoose }: VariantPickerProps) {
  if (groups.length === 0) return null;
  return (
    <div data-testid="variant-picker">
      {groups.map((group) => (
        <RadioGroup
          key={group.key}
          className="variant-group"
          appearance="buttons"
          name={`variant-${group.key}`}
          label={
            <>
              {optionLabel(group.key)}
              {group.selected && <span className="text-secondary variant-group__value">: {group.selected}</span>}
            </>
          }
          value={group.selected}
          onChange={(value) => onChoose(group.key, value)}
          options={group.values.map((v) => ({
            value: v.value,
            disabled: v.disabled,
            className: v.soldOut ? 'variant-option--sold-out' : undefined,
            label: (
              <span
                title={v.disabled ? 'Not available with your other choices' : v.soldOut ? 'Out of stock' : undefined}
                data-testid={`variant-option-${group.key}-${v.value}`}
                data-selected={group.selected === v.value}
                data-disabled={v.disabled}
              >
                {v.value}
                {v.soldOut && <span className="sr-only"> (out of stock)</span>}
              </span>
            ),
          }))}
        />
      ))}
    </div>
  );
}
