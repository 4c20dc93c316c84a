import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button, Checkbox, NumberInput, RadioGroup, RatingInput, Select, TextArea, TextField } from '@/ui';

describe('UI kit: fields', () => {
  it('lets the user show and hide what they typed in a password field', async () => {
    render(<TextField label="Password" type="password" autoComplete="current-password" />);
    const input = screen.getByLabelText('Password');
    await userEvent.type(input, 'correct horse');
    expect(input).toHaveAttribute('type', 'password');
    await userEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveValue('correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(input).toHaveAttribute('type', 'password');
  });

  it('ties a text field to its label, hint and error, and works with react-hook-form register', async () => {
    const submitted = jest.fn();
    function Form() {
      const { register, handleSubmit, formState } = useForm<{ email: string }>();
      return (
        <form onSubmit={handleSubmit(submitted)}>
          <TextField
            label="Email"
            type="email"
            help="We send the receipt there."
            error={formState.errors.email?.message}
            {...register('email', { required: 'Enter your email.' })}
          />
          <Button type="submit">Save</Button>
        </form>
      );
    }
    render(<Form />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAccessibleDescription('We send the receipt there.');
    expect(input).not.toHaveAttribute('aria-invalid');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter your email.')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('We send the receipt there. Enter your email.');
    expect(submitted).not.toHaveBeenCalled();

    await userEvent.type(input, 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toHaveBeenCalledWith({ email: 'ada@example.com' }, expect.anything());
  });

  it('labels a text area, a select and a checkbox, and reports their errors', () => {
    render(
      <>
        <TextArea label="Review" error="Write at least 10 characters." />
        <Select label="Country" placeholder="Choose…" options={[{ value: 'DE', label: 'Germany' }]} error="Choose a country." />
        <Checkbox label="Save this address" defaultChecked help="Offered next time." />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Review' })).toHaveAccessibleDescription('Write at least 10 characters.');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('option', { name: 'Germany' })).toBeInTheDocument();
    const checkbox = screen.getByRole('checkbox', { name: 'Save this address' });
    expect(checkbox).toBeChecked();
    expect(checkbox).toHaveAccessibleDescription('Offered next time.');
  });

  it('groups radios under their legend and reports the choice', async () => {
    function Picker() {
      const [value, setValue] = useState('black');
      return (
        <RadioGroup
          label="Colour"
          name="colour"
          appearance="buttons"
          value={value}
          onChange={setValue}
          options={[
            { value: 'black', label: 'Black' },
            { value: 'white', label: 'White' },
            { value: 'red', label: 'Red', disabled: true },
          ]}
        />
      );
    }
    render(<Picker />);
    const group = screen.getByRole('group', { name: 'Colour' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Black' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'White' }));
    expect(screen.getByRole('radio', { name: 'White' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Red' })).toBeDisabled();
  });

  it('keeps a quantity within its bounds, stepping and typing', async () => {
    function Quantity() {
      const [value, setValue] = useState(1);
      return (
        <>
          <NumberInput label="Quantity" value={value} onChange={setValue} min={1} max={5} />
          <output>{value}</output>
        </>
      );
    }
    render(<Quantity />);
    expect(screen.getByRole('button', { name: 'Decrease' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Increase' }));
    expect(screen.getByRole('status')).toHaveTextContent('2');

    const input = screen.getByRole('spinbutton', { name: 'Quantity' });
    await userEvent.clear(input);
    await userEvent.type(input, '40{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('5');
    expect(screen.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue(5);
    expect(screen.getByRole('button', { name: 'Increase' })).toBeDisabled();
  });

  it('chooses a rating from five named stars', async () => {
    const chosen = jest.fn();
    render(<RatingInput label="Your rating" name="rating" value={null} onChange={chosen} error="Choose a rating." />);
    expect(screen.getByRole('group', { name: 'Your rating' })).toHaveAccessibleDescription('Choose a rating.');
    await userEvent.click(screen.getByRole('radio', { name: '4 stars' }));
    expect(chosen).toHaveBeenCalledWith(4);
  });

  it('ignores clicks on a busy button and says it is busy', async () => {
    const clicked = jest.fn();
    const { rerender } = render(
      <Button loading onClick={clicked}>
        Place order
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Place order' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(clicked).not.toHaveBeenCalled();
    rerender(<Button onClick={clicked}>Place order</Button>);
    await userEvent.click(button);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
