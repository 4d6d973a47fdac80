using Chesanto.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;

namespace Chesanto.Web.Features.Account;

/// <summary>Shows a refusal from the domain next to the field it names, or above the form.</summary>
public sealed class FormErrors(object model)
{
    public EditContext Context { get; } = new(model);
    private ValidationMessageStore? _bound;
    public string? Summary { get; private set; }

    private ValidationMessageStore Store => _bound ??= new ValidationMessageStore(Context);

    public void Clear()
    {
        Store.Clear();
        Summary = null;
        Context.NotifyValidationStateChanged();
    }

    public void Add(string? field, string message)
    {
        if (field is null || model.GetType().GetProperty(field) is null) Summary = message;
        else Store.Add(Context.Field(field), message);
        Context.NotifyValidationStateChanged();
    }

    public void Add(DomainException e) => Add(e.Field, e.Message);

    public void AddAll(IdentityResult result, string field)
    {
        foreach (var error in result.Errors) Add(field, error.Description);
    }
}
